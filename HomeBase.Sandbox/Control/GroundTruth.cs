using System.Text.Json.Nodes;
using HomeBase.Sandbox.Graph;
using HomeBase.Sandbox.Tenants;

namespace HomeBase.Sandbox.Control;

/// <summary>What the sandbox serves for a tenant, counted: tests compare what HomeBase ingested with this.</summary>
internal static class GroundTruth
{
    public static JsonObject For(SandboxTenant tenant, DateTimeOffset? from, DateTimeOffset to, DateTimeOffset now)
    {
        var data = tenant.Data;
        var start = from ?? data.Origin;
        long Count(Data.TimeSeries series)
        {
            var (first, last) = series.Range(start, to);
            return Math.Max(0, last - first + 1);
        }

        var (alertFirst, alertLast) = data.Alerts.Range(start, to);
        var incidents = data.Incidents(start, to);
        var alerts = new Dictionary<string, long>();
        long endpointAlerts = 0, alertsNamingPeople = 0, identityLateral = 0, identityCredential = 0;
        var sightings = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var indicators = new HashSet<(string, string)>();
        for (var i = alertFirst; i <= alertLast; i++)
        {
            if (!GraphSecurityEndpoints.AlertVisible(tenant, i)) continue;
            var source = data.AlertSource(i);
            alerts[source] = alerts.GetValueOrDefault(source) + 1;
            if (data.IsEndpointAlert(i)) endpointAlerts++;
            foreach (var (kind, value) in data.AlertIndicators(i))
            {
                // HomeBase's kinds: a file is known by its hash.
                var key = kind == "file" ? "file_hash" : kind;
                sightings[key] = sightings.GetValueOrDefault(key) + 1;
                indicators.Add((key, value));
            }
            if (data.IsIdentityAlert(i))
            {
                // An older alert carries only its main category: HomeBase can count only what Microsoft sent.
                var categories = data.AlertHasOnlyCategory(i) ? data.AlertCategories(i).Take(1).ToList() : data.AlertCategories(i);
                if (categories.Contains("LateralMovement")) identityLateral++;
                if (categories.Contains("CredentialAccess")) identityCredential++;
            }
            if (data.AlertUserNamingOf(i) != Data.AlertUserNaming.AccountOnly) alertsNamingPeople++;
        }

        // What HomeBase should read: the subscriptions it has a role on, without the disabled and deleted ones.
        var readable = tenant.Subscriptions.Where(s => s.Ingested).ToList();
        var machines = tenant.HasDefenderForEndpoint ? data.MachineCount : 0;
        var onboarded = Enumerable.Range(0, machines).Where(data.MachineOnboarded).ToList();
        var risky = data.RiskyUserIndexes();

        // Each list is made once: a registration row is made per user, and the report needs Entra ID P1.
        var roleAssignments = data.RoleAssignments(now);
        var registrations = tenant.HasEntraP1 ? data.UserRegistrations(now) : [];

        // The directory's accounts that widen the attack surface, as the Directory page must count them.
        var liveUsers = data.UserIndexes(now).ToHashSet();
        var users = liveUsers.Select(i => data.User(i, now)).ToList();
        var disabledHolders = roleAssignments.Where(a => a.PrincipalKind == "user").Select(a => a.PrincipalIndex).Distinct()
            .Count(i => liveUsers.Contains(i) && data.User(i, now)["accountEnabled"]?.GetValue<bool>() == false);

        // Conditional Access coverage: the sign-ins no policy applied to (by app), and the sign-ins each policy was enforced on.
        var (signInFirst, signInLast) = data.SignIns.Range(start, to);
        var uncoveredByApp = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var appliedByPolicy = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var uncoveredByUser = new SortedDictionary<string, long>(StringComparer.Ordinal);
        for (var i = Math.Max(0, signInFirst); i <= signInLast; i++)
        {
            var (app, user, status, results) = data.SignInConditionalAccess(i);
            if (status == "notApplied")
            {
                uncoveredByApp[app] = uncoveredByApp.GetValueOrDefault(app) + 1;
                uncoveredByUser[user.ToString()] = uncoveredByUser.GetValueOrDefault(user.ToString()) + 1;
            }
            for (var p = 0; p < results.Length; p++)
            {
                if (results[p] is "success" or "failure") appliedByPolicy[data.PolicyIds[p]] = appliedByPolicy.GetValueOrDefault(data.PolicyIds[p]) + 1;
            }
        }

        // Directory changes by the area and signal HomeBase must file them under.
        var (auditFirst, auditLast) = data.DirectoryAudits.Range(start, to);
        var changeAreas = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var changeSignals = new SortedDictionary<string, long>(StringComparer.Ordinal);
        for (var i = Math.Max(0, auditFirst); i <= auditLast; i++)
        {
            var facts = data.DirectoryAuditFactsOf(i);
            changeAreas[facts.Area] = changeAreas.GetValueOrDefault(facts.Area) + 1;
            if (facts.Signal is { } signal) changeSignals[signal] = changeSignals.GetValueOrDefault(signal) + 1;
        }

        // Product-level numbers: what a dashboard must show, counted the way Microsoft's shapes mean them.
        var operations = new JsonObject();
        var eventsByCategory = new Dictionary<string, long>();
        long deletes = 0, failedOperations = 0;
        foreach (var subscription in readable)
        {
            var (first, last) = data.ActivityLog(subscription.Id).Range(start, to);
            long ended = 0;
            for (var i = Math.Max(0, first); i <= last; i++)
            {
                var kind = data.ActivityKindOf(subscription.Id, i);
                var category = kind switch { Data.ActivityEventKind.Policy => "Policy", Data.ActivityEventKind.Security => "Security", _ => "Administrative" };
                eventsByCategory[category] = eventsByCategory.GetValueOrDefault(category) + 1;
                if (kind != Data.ActivityEventKind.OperationEnded) continue;
                ended++;
                if (data.ActivityOperation(subscription.Id, i).EndsWith("/delete", StringComparison.Ordinal)) deletes++;
                if (data.ActivityFailed(subscription.Id, i)) failedOperations++;
            }
            operations[subscription.Id.ToString()] = ended;
        }
        var hosts = indicators.Where(x => x.Item1 is "ip" or "domain").Select(x => x.Item2).Distinct(StringComparer.Ordinal).ToList();
        return new JsonObject
        {
            ["tenant"] = tenant.Name,
            ["from"] = start.ToString("O"),
            ["to"] = to.ToString("O"),
            ["users"] = data.UserIndexes(now).Count,
            ["groups"] = data.GroupCount,
            ["guest_users"] = users.Count(u => u["userType"]!.GetValue<string>() == "Guest"),
            ["synced_users"] = users.Count(u => u["onPremisesSyncEnabled"]?.GetValue<bool>() == true),
            // signInActivity is listed for every user, and only with Entra ID P1.
            ["sign_in_activity"] = tenant.HasEntraP1 ? liveUsers.Count : 0,
            ["inactive_users_90d"] = tenant.HasEntraP1 ? liveUsers.Count(i => data.LastActivity(i, now) is not { } last || last < now.AddDays(-90)) : 0,
            ["disabled_role_holders"] = disabledHolders,
            ["privileged_groups"] = roleAssignments.Where(a => a.PrincipalKind == "group").Select(a => a.PrincipalIndex).Distinct().Count(),
            ["role_assignments"] = roleAssignments.Count,
            ["role_eligibility"] = tenant.HasEntraP2 ? data.RoleEligibilities(now).Count : 0,
            ["role_assignment_schedules"] = tenant.HasEntraP2 ? data.RoleAssignmentSchedules(now).Count : 0,
            ["activated_role_assignments"] = tenant.HasEntraP2 ? data.RoleAssignmentSchedules(now).Count(s => s.Type == "Activated") : 0,
            // Without PIM every assignment is for good; with it, those whose instance has no end.
            ["permanent_global_administrators"] = tenant.HasEntraP2
                ? data.RoleAssignmentSchedules(now).Count(s => s.Grant.RoleDefinitionId == "62e90394-69f5-4237-9190-012177145e10" && s.End is null)
                : roleAssignments.Count(a => a.RoleDefinitionId == "62e90394-69f5-4237-9190-012177145e10"),
            ["eligible_global_administrators"] = tenant.HasEntraP2 ? data.RoleEligibilities(now).Count(e => e.Grant.RoleDefinitionId == "62e90394-69f5-4237-9190-012177145e10") : 0,
            ["global_administrators"] = roleAssignments.Count(a => a.RoleDefinitionId == "62e90394-69f5-4237-9190-012177145e10"),
            ["mfa_registration"] = registrations.Count,
            ["registrations_by_method"] = new JsonObject([.. registrations.SelectMany(r => r["methodsRegistered"]!.AsArray().Select(m => m!.GetValue<string>()))
                .GroupBy(m => m).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => KeyValuePair.Create(g.Key, (JsonNode?)g.LongCount()))]),
            // The second factor each user is asked for, by Microsoft's rule (system-preferred when enabled, else the user's own).
            ["mfa_method_in_use"] = new JsonObject([.. registrations.Select(MethodInUse).OfType<string>()
                .GroupBy(m => m).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => KeyValuePair.Create(g.Key, (JsonNode?)g.LongCount()))]),
            ["users_without_mfa"] = registrations.Count(r => !r["isMfaRegistered"]!.GetValue<bool>()),
            ["admins_without_mfa"] = registrations.Count(r => r["isAdmin"]!.GetValue<bool>() && !r["isMfaRegistered"]!.GetValue<bool>()),
            ["sign_ins"] = Count(data.SignIns),
            ["directory_audits"] = Count(data.DirectoryAudits),
            ["sign_ins_without_policy"] = uncoveredByApp.Values.Sum(),
            ["sign_ins_without_policy_by_app"] = new JsonObject([.. uncoveredByApp.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)a.Value))]),
            ["sign_ins_without_policy_by_user"] = new JsonObject([.. uncoveredByUser.Select(u => KeyValuePair.Create(u.Key, (JsonNode?)u.Value))]),
            ["sign_ins_by_policy"] = new JsonObject([.. appliedByPolicy.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)a.Value))]),
            ["directory_changes_by_area"] = new JsonObject([.. changeAreas.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)a.Value))]),
            ["directory_change_signals"] = new JsonObject([.. changeSignals.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)a.Value))]),
            ["risky_users"] = data.RiskyUserIndexes().Count,
            ["risk_detections"] = Count(data.RiskDetections),
            ["conditional_access_policies"] = data.ConditionalAccessPolicies().Count(),
            ["alerts"] = alerts.Values.Sum(),
            // Incidents updated since the start, as the stream reads them (lastUpdateDateTime), and their states now.
            ["incidents"] = incidents.Count,
            ["open_incidents"] = incidents.Count(i => i.Status != "resolved"),
            ["high_open_incidents"] = incidents.Count(i => i.Status != "resolved" && i.Severity == "high"),
            ["unassigned_open_incidents"] = incidents.Count(i => i.Status != "resolved" && !i.Assigned),
            ["resolved_incidents"] = incidents.Count(i => i.Status == "resolved"),
            ["alerts_by_source"] = new JsonObject([.. alerts.OrderBy(a => a.Key).Select(a => KeyValuePair.Create(a.Key, (JsonNode?)a.Value))]),
            ["defender_alerts"] = endpointAlerts,
            // A local account's SAM name is nobody in Entra: such an alert names no person.
            ["alerts_naming_people"] = alertsNamingPeople,
            ["machines"] = machines,
            ["onboarded_devices"] = onboarded.Count,
            ["discovered_devices"] = machines - onboarded.Count,
            ["highly_exposed_devices"] = onboarded.Count(m => data.MachineExposure(m) == "High"),
            ["vulnerabilities"] = tenant.HasVulnerabilityManagement ? Enumerable.Range(0, machines).Sum(data.VulnerabilityCount) : 0,
            // Defender's scores: one reading a day of the organisation's exposure, its one machine group's, and the device secure score.
            ["defender_scores"] = tenant.HasDefenderForEndpoint ? data.DefenderScoreReadings : 0,
            ["security_recommendations"] = tenant.HasDefenderForEndpoint ? data.SecurityRecommendations().Count : 0,
            ["active_security_recommendations"] = tenant.HasDefenderForEndpoint
                ? data.SecurityRecommendations().Count(r => r["status"]!.GetValue<string>() == "Active") : 0,
            ["exposure_score"] = tenant.HasDefenderForEndpoint && data.MachineCount > 0 ? data.ExposureScoreOn(now) : 0,
            ["device_secure_score"] = tenant.HasDefenderForEndpoint && data.MachineCount > 0 ? data.DeviceSecureScoreOn(now) : 0,
            ["vulnerability_export_rows"] = tenant.HasVulnerabilityManagement ? Enumerable.Range(0, machines).Sum(data.ExportRowCount) : 0,
            ["high_risk_users"] = risky.Count(u => !data.RiskyUserDeleted(u) && data.RiskyUserLevel(u) == "high"
                && data.RiskyUserState(u) is "atRisk" or "confirmedCompromised"),
            ["deleted_risky_users"] = risky.Count(data.RiskyUserDeleted),
            ["lateral_alerts"] = LateralAlerts(tenant, alertFirst, alertLast),
            // Indicators in the evidence of the alerts created in the period: each alert's mention of one, and each distinct one.
            ["indicator_sightings"] = new JsonObject([.. sightings.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)s.Value))]),
            ["indicators"] = indicators.Count,
            // Defender Threat Intelligence's reputation of each address and domain those alerts named (ask for the last 30 days:
            // the hosts HomeBase looks up), by classification; a host Microsoft has no record of counts as unknown.
            ["host_reputations"] = tenant.HasDefenderThreatIntelligence ? hosts.Count : 0,
            ["host_reputations_by_classification"] = new JsonObject([.. (tenant.HasDefenderThreatIntelligence ? hosts : [])
                .GroupBy(h => Data.TenantData.ReputationClassification(h) ?? "unknown").OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => KeyValuePair.Create(g.Key, (JsonNode?)g.Count()))]),
            ["unrecorded_hosts"] = tenant.HasDefenderThreatIntelligence ? hosts.Count(h => Data.TenantData.ReputationClassification(h) is null) : 0,
            ["identity_lateral_movement_alerts"] = identityLateral,
            ["identity_credential_access_alerts"] = identityCredential,
            // Defender for Identity's sensors and health issues, for a tenant that has it.
            ["identity_sensors"] = tenant.HasDefenderForIdentity ? data.IdentitySensors().Count : 0,
            ["identity_sensors_with_problems"] = tenant.HasDefenderForIdentity ? data.IdentitySensors().Count(s => s.HasProblem) : 0,
            ["identity_health_issues"] = tenant.HasDefenderForIdentity ? data.IdentityHealthIssues().Count : 0,
            ["open_identity_health_issues"] = tenant.HasDefenderForIdentity ? data.IdentityHealthIssues().Count(h => h.Status == "open") : 0,
            ["activity_operations"] = operations,
            ["activity_deletes"] = deletes,
            ["activity_failed_operations"] = failedOperations,
            ["activity_events_by_category"] = new JsonObject([.. eventsByCategory.OrderBy(c => c.Key).Select(c => KeyValuePair.Create(c.Key, (JsonNode?)c.Value))]),
            ["subscriptions"] = readable.Count,
            ["activity_logs"] = new JsonObject([.. readable.Select(s => KeyValuePair.Create(s.Id.ToString(), (JsonNode?)Count(data.ActivityLog(s.Id))))]),
            ["recommendations"] = readable.Count * data.AssessmentCount,
            ["compliance_standards"] = readable.Count * data.ComplianceStandards().Count(),
            ["compliance_controls"] = readable.Count * data.ComplianceStandards().Sum(s => s.Controls),
            ["secure_scores"] = readable.Count,
            // Microsoft Secure Score: 90 days and every control profile, for anyone granted SecurityEvents.Read.All.
            ["microsoft_secure_scores"] = HomeBase.Sandbox.Data.TenantData.SecureScoreDays,
            ["secure_score_controls"] = HomeBase.Sandbox.Data.TenantData.SecureScoreControls.Count,
            ["secure_score_controls_to_do"] = HomeBase.Sandbox.Data.TenantData.SecureScoreControls.Count(c => !c.Deprecated && c.Score < c.Max),
            ["secure_score_controls_done"] = HomeBase.Sandbox.Data.TenantData.SecureScoreControls.Count(c => !c.Deprecated && c.Score >= c.Max),
            ["microsoft_secure_score_current"] = Math.Round(HomeBase.Sandbox.Data.TenantData.SecureScoreControls.Where(c => !c.Deprecated).Sum(c => c.Score), 2),
            ["microsoft_secure_score_max"] = HomeBase.Sandbox.Data.TenantData.SecureScoreControls.Where(c => !c.Deprecated).Sum(c => c.Max),
        };
    }

    /// <summary>Alerts with a lateral-movement or credential-access category, each once.</summary>
    private static long LateralAlerts(SandboxTenant tenant, long first, long last)
    {
        long count = 0;
        for (var i = first; i <= last; i++)
        {
            if (GraphSecurityEndpoints.AlertVisible(tenant, i) && tenant.Data.AlertCategories(i).Any(c => c is "LateralMovement" or "CredentialAccess")) count++;
        }
        return count;
    }

    /// <summary>The second factor a registration row says the user is asked for; null when none.</summary>
    private static string? MethodInUse(JsonObject registration)
    {
        var method = registration["isSystemPreferredAuthenticationMethodEnabled"]!.GetValue<bool>()
            ? registration["systemPreferredAuthenticationMethods"]!.AsArray().Select(m => m!.GetValue<string>()).FirstOrDefault()
            : registration["userPreferredMethodForSecondaryAuthentication"]!.GetValue<string>();
        return method is null or "" or "none" ? null : method;
    }
}
