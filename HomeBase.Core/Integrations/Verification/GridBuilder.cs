using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Azure;
using HomeBase.Core.Platform.Clouds;

namespace HomeBase.Core.Integrations.Verification;

/// <summary>Turns tokens and probe answers into the grid's rows, each with its fix.</summary>
internal static class GridBuilder
{
    private static readonly HashSet<string> LicenceErrors = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authentication_RequestFromNonPremiumTenantOrB2CTenant", "DisabledFeature",
    };

    public static (IReadOnlyList<StreamCheck> Streams, IReadOnlyList<PermissionCheck> Permissions) Build(
        VerificationService.ProbeRun run, VerificationInput input, AzureCloud cloud)
    {
        var streams = StreamCatalog.All.Select(s => Row(s, run, input, cloud)).ToList();
        return (streams, Permissions(run, streams));
    }

    private static StreamCheck Row(StreamDefinition stream, VerificationService.ProbeRun run, VerificationInput input, AzureCloud cloud)
    {
        var enabled = stream.IsEnabledBy(input.Config);
        StreamCheck Make(string status, string? fix = null, string? url = null, string? detail = null, string? requestId = null, string? note = null,
            string? licence = null) =>
            new(stream.Name, stream.DisplayName, enabled, status, stream.LeastPermission, licence, fix, url, detail, requestId, note);

        if (!StreamProbes.IsAvailable(stream, cloud))
        {
            return Make(StreamStatuses.NotAvailableInCloud, $"{stream.DisplayName} is not offered by Microsoft in {cloud.DisplayName}.");
        }

        var token = stream.Api switch
        {
            AzureApi.Graph => run.Graph,
            AzureApi.Defender => run.Defender,
            _ => run.ResourceManager,
        };
        if (token is null || !token.Succeeded)
        {
            if (stream.Api == AzureApi.Defender && token?.Aadsts == EntraErrorCodes.ResourceNotInTenant)
            {
                return Make(StreamStatuses.MissingLicence, LicenceFix(stream), detail: token.Message, requestId: token.TraceId,
                    licence: Licences.Name(Licence.DefenderForEndpoint));
            }
            return Make(StreamStatuses.Error, "Microsoft refused the token for this API; see the detail and quote the trace id to support.",
                detail: token?.Message, requestId: token?.TraceId);
        }

        if (stream.Api == AzureApi.ResourceManager) return ResourceManagerRow(stream, run, input, cloud, Make);

        if (!stream.Permissions.Any(token.Roles.Contains))
        {
            var api = stream.Api == AzureApi.Graph ? PermissionCatalog.GraphApi : PermissionCatalog.DefenderApi;
            // No role in any token means consent was never granted. A Defender token without roles beside a Graph token with
            // them means the WindowsDefenderATP permission was never added (the seed's setup): adding it is the fix.
            var nothingConsented = token.Roles.Count == 0 && run.Graph.Roles.Count == 0;
            return nothingConsented
                ? Make(StreamStatuses.NeedsAdminConsent,
                    $"Grant admin consent for {stream.LeastPermission} ({api}): open the admin-consent link as a Global Administrator or Privileged Role Administrator.",
                    Portal.AdminConsent(cloud, input.AzureTenantId, input.ClientId))
                : Make(StreamStatuses.MissingPermission,
                    $"Add the application permission {stream.LeastPermission} ({api}) to HLD HomeBase (API permissions → Add a permission → {api} → Application permissions), then grant admin consent.",
                    Portal.ApiPermissions(cloud, input.ClientId));
        }

        var response = run.Probes.GetValueOrDefault(stream.Name);
        return response is null ? Make(StreamStatuses.Error, "The probe did not run.") : FromResponse(stream, response, run, Make);
    }

    private static StreamCheck FromResponse(StreamDefinition stream, ApiResponse response, VerificationService.ProbeRun run,
        Func<string, string?, string?, string?, string?, string?, string?, StreamCheck> make)
    {
        if (response.IsSuccess && response.Body is not null)
        {
            var notes = new[] { PermissionNote(stream, run.Roles(stream)), ReadyNote(stream, run) }.OfType<string>().ToList();
            return make(StreamStatuses.Ready, null, null, null, null, notes.Count == 0 ? null : string.Join(' ', notes), null);
        }
        if (response.Status == 404 && stream.Name is StreamCatalog.Machines or StreamCatalog.DefenderScores or StreamCatalog.SecurityRecommendations)
        {
            return make(StreamStatuses.Ready, null, null, null, response.RequestId, "No machine has reported to Defender for Endpoint yet.", null);
        }
        if (response.Status == 403 && IsLicenceRefusal(stream, response, run))
        {
            return make(StreamStatuses.MissingLicence, LicenceFix(stream), null, response.ErrorMessage, response.RequestId, null, Licences.Name(stream.Licence));
        }
        if (response.Status == 403)
        {
            return make(StreamStatuses.MissingPermission, DeniedFix(stream, run.Roles(stream)), null, response.ErrorMessage, response.RequestId, null, null);
        }
        var what = response.IsSuccess ? "an unreadable page" : $"HTTP {response.Status} {response.ErrorCode}";
        return make(StreamStatuses.Error, $"Microsoft answered with {what}. Try again; if it persists, contact Microsoft support with the request id.",
            null, response.ErrorMessage, response.RequestId, null, null);
    }

    /// <summary>
    /// A 403 that means the tenant lacks the stream's licence: one of Microsoft's licence error codes, or its generic
    /// Forbidden while the tenant's SKUs (from /subscribedSkus) show the licence missing. The message's wording is not read.
    /// </summary>
    private static bool IsLicenceRefusal(StreamDefinition stream, ApiResponse response, VerificationService.ProbeRun run) =>
        LicenceErrors.Contains(response.ErrorCode ?? "") || Licences.Has(run.Skus, stream.Licence) == false
        // Defender for Identity's APIs refuse a tenant without the product as "not onboarded" (docs/microsoft-apis.md §3.4).
        || (stream.Licence == Licence.DefenderForIdentity && response.ErrorMessage?.Contains("not onboarded", StringComparison.OrdinalIgnoreCase) == true);

    private static StreamCheck ResourceManagerRow(StreamDefinition stream, VerificationService.ProbeRun run, VerificationInput input, AzureCloud cloud,
        Func<string, string?, string?, string?, string?, string?, string?, StreamCheck> make)
    {
        var role = stream.LeastPermission!;
        var assign = $"Assign the Azure role {role} to HLD HomeBase on each subscription to read (Subscription → Access control (IAM) → Add role assignment).";
        if (run.SubscriptionsResponse is { IsSuccess: false } failed)
        {
            return make(StreamStatuses.Error, "Listing subscriptions failed; see the detail.", null, failed.ErrorMessage, failed.RequestId, null, null);
        }
        if (run.ProbedSubscription is null)
        {
            var detail = run.Subscriptions is { Count: > 0 } all && all.All(s => !s.Readable)
                ? "Every subscription the app can see is disabled or deleted: HomeBase reads none of them."
                : run.Subscriptions is { Count: > 0 }
                ? "None of the chosen subscriptions is readable by the app."
                : "The app cannot read any subscription.";
            return make(StreamStatuses.NoSubscriptionAccess, assign, Portal.Subscriptions(cloud), detail, null, null, null);
        }
        var response = run.Probes.GetValueOrDefault(stream.Name);
        if (response is { Status: 403 })
        {
            return make(StreamStatuses.NoSubscriptionAccess, assign, Portal.Subscriptions(cloud), response.ErrorMessage, response.RequestId, null, null);
        }
        var row = response is null ? make(StreamStatuses.Error, "The probe did not run.", null, null, null, null, null) : FromResponse(stream, response, run, make);
        var missing = input.Config.SubscriptionIds.Where(id => run.Subscriptions!.All(s => !string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase))).ToList();
        var inactive = run.Subscriptions!.Where(s => !s.Readable).Select(s => $"{s.Name} ({s.State})").ToList();
        var skipped = inactive.Count == 0 ? null : $"Not read, disabled or deleted: {string.Join(", ", inactive)}.";
        return missing.Count == 0 ? skipped is null ? row : row with { Note = string.Join(' ', new[] { row.Note, skipped }.OfType<string>()) }
            : row with { Note = $"Not readable: {string.Join(", ", missing)}. {assign}" };
    }

    /// <summary>
    /// Why Microsoft refused a stream whose permission is in the token: a documented companion permission that is
    /// missing (directory audits need Directory.Read.All beside AuditLog.Read.All; sign-ins' known issue asks for both
    /// too), else a consent that has not reached the token yet.
    /// </summary>
    private static string DeniedFix(StreamDefinition stream, IReadOnlySet<string> roles)
    {
        var missing = stream.AlsoRequires.Where(p => !roles.Contains(p)).ToList();
        if (missing.Count > 0)
        {
            return $"Microsoft requires {string.Join(" and ", missing)} beside {stream.LeastPermission} for {stream.DisplayName.ToLowerInvariant()}: "
                + $"add the application permission {string.Join(" and ", missing)} (Microsoft Graph), then grant admin consent.";
        }
        if (stream.Name == StreamCatalog.SignIns && roles.Contains("AuditLog.Read.All") && !roles.Contains("Directory.Read.All"))
        {
            return "Microsoft refused sign-ins although AuditLog.Read.All is granted. A known issue of the sign-ins API needs Directory.Read.All as well: "
                + "add the application permission Directory.Read.All (Microsoft Graph), then grant admin consent.";
        }
        return $"Microsoft denied access although {stream.LeastPermission} is in the token: check the permission and re-grant admin consent.";
    }

    /// <summary>What a working stream's permissions mean: read with more privilege than needed, or without a permission Microsoft documents.</summary>
    private static string? PermissionNote(StreamDefinition stream, IReadOnlySet<string> roles)
    {
        var missing = stream.AlsoRequires.Where(p => !roles.Contains(p)).ToList();
        if (missing.Count > 0)
        {
            return $"It works without {string.Join(" and ", missing)} here, but Microsoft documents it as required: grant it so that this stream keeps collecting.";
        }
        if (stream.LeastPermission is { } least && !roles.Contains(least) && stream.Permissions.FirstOrDefault(roles.Contains) is { } used)
        {
            return $"Read with {used}, which gives more than this stream needs; {least} is the least privileged permission that reads it.";
        }
        return null;
    }

    private static string? ReadyNote(StreamDefinition stream, VerificationService.ProbeRun run) => stream.Name switch
    {
        StreamCatalog.SignIns when !run.Graph.Roles.Contains("Policy.Read.All") =>
            "Conditional Access details are left out of sign-ins without Policy.Read.All.",
        StreamCatalog.RiskDetections or StreamCatalog.SignIns when Licences.Has(run.Skus, Licence.EntraP2) == false =>
            "Without Microsoft Entra ID P2 risk levels are hidden.",
        StreamCatalog.Alerts when Licences.Has(run.Skus, Licence.DefenderForEndpoint) == false && Licences.Has(run.Skus, Licence.DefenderForIdentity) == false =>
            "No Defender for Endpoint or Defender for Identity licence: endpoint and identity alerts will not appear.",
        StreamCatalog.Alerts when Licences.Has(run.Skus, Licence.DefenderForEndpoint) == false =>
            "No Defender for Endpoint licence: endpoint alerts will not appear.",
        StreamCatalog.Alerts when Licences.Has(run.Skus, Licence.DefenderForIdentity) == false =>
            "No Defender for Identity licence: identity alerts (lateral movement, credential theft on domain controllers) will not appear.",
        _ => null,
    };

    private static string LicenceFix(StreamDefinition stream) =>
        $"This tenant needs {Licences.Name(stream.Licence == Licence.None ? Licence.EntraP1 : stream.Licence)}. Without it HomeBase cannot read {stream.Unlocks}.";

    private static IReadOnlyList<PermissionCheck> Permissions(VerificationService.ProbeRun run, IReadOnlyList<StreamCheck> streams) =>
        [.. PermissionCatalog.All.Select(p =>
        {
            var requiredFor = PermissionCatalog.RequiredFor(p.Name);
            var status = p.Api switch
            {
                PermissionCatalog.GraphApi => Status(run.Graph, p.Name),
                PermissionCatalog.DefenderApi => run.Defender is { Succeeded: true } defender ? Status(defender, p.Name) : "unknown",
                _ => RbacStatus(p.Name, run, streams),
            };
            return new PermissionCheck(p.Name, p.Api, status, requiredFor, p.InSeed, p.Note);
        })];

    private static string Status(TokenOutcome token, string permission) =>
        token.Roles.Contains(permission) ? "granted" : token.Roles.Count == 0 ? "not_consented" : "missing";

    private static string RbacStatus(string role, VerificationService.ProbeRun run, IReadOnlyList<StreamCheck> streams)
    {
        if (run.ResourceManager is not { Succeeded: true }) return "unknown";
        var dependent = streams.Where(s => PermissionCatalog.RequiredFor(role).Contains(s.Stream)).ToList();
        return dependent.Count > 0 && dependent.All(s => s.Status == StreamStatuses.Ready) ? "granted" : "missing";
    }
}
