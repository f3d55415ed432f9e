using System.Text.Json;
using System.Text.Json.Nodes;

namespace HomeBase.Sandbox.Data;

// Sign-ins, directory audits, risky users, risk detections and Conditional Access policies.
public sealed partial class TenantData
{
    private static readonly (string Id, string Name, string Control)[] Policies =
    [
        ("0b3a7c6e-1d2f-4e5a-8b9c-1a2b3c4d5e6f", "Require MFA for administrators", "mfa"),
        ("1c4b8d7f-2e3a-4f6b-9c0d-2b3c4d5e6f7a", "Block legacy authentication", "block"),
        ("2d5c9e8a-3f4b-4a7c-8d1e-3c4d5e6f7a8b", "Require compliant device for Azure management", "compliantDevice"),
        ("3e6d0f9b-4a5c-4b8d-9e2f-4d5e6f7a8b9c", "Block sign-ins from high-risk countries", "block"),
        ("4f7e1a0c-5b6d-4c9e-8f3a-5e6f7a8b9c0d", "Require MFA for risky sign-ins", "mfa"),
        ("5a8f2b1d-6c7e-4d0f-9a4b-6f7a8b9c0d1e", "Require password change for high user risk", "passwordChange"),
    ];

    /// <summary>A sign-in as a JSON object (for <c>$select</c>); pages without one are written by <see cref="WriteSignIn"/> directly.</summary>
    internal JsonObject SignIn(long index, bool withConditionalAccess, bool fullRisk)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer)) WriteSignIn(writer, index, withConditionalAccess, fullRisk);
        return JsonNode.Parse(buffer.WrittenSpan)!.AsObject();
    }

    /// <summary>
    /// Writes sign-in <paramref name="index"/> straight into the response: a month of sign-ins is the sandbox's largest
    /// list, and building each as a JSON tree first cost more than everything else in a page.
    /// </summary>
    internal void WriteSignIn(Utf8JsonWriter w, long index, bool withConditionalAccess, bool fullRisk)
    {
        var user = SignInUser(index);
        var (displayName, upn) = UserName(user);
        var (app, location, failure, blockedByCa, caStatus) = SignInOutcome(index);
        var risk = location.Risky ? (Det.Chance(H("signIn:risk", index), 50) ? "high" : "medium") : Det.Chance(H("signIn:risk", index), 5) ? "low" : "none";

        w.WriteStartObject();
        w.WriteString("id", G("signIn", index));
        w.WriteString("createdDateTime", Iso(SignIns.TimeOf(index)));
        w.WriteString("userId", UserId(user));
        w.WriteString("userDisplayName", displayName);
        w.WriteString("userPrincipalName", upn);
        w.WriteString("appId", app.Id);
        w.WriteString("appDisplayName", app.Name);
        w.WriteString("ipAddress", location.Risky ? $"185.220.{Det.Int(H("signIn:ip", index), 255)}.{Det.Int(H("signIn:ip", index, 1), 255)}"
            : $"20.{Det.Int(H("signIn:ip", index), 200)}.{Det.Int(H("signIn:ip", index, 1), 255)}.{Det.Int(H("signIn:ip", index, 2), 255)}");
        w.WriteString("clientAppUsed", Det.Pick(Vocabulary.ClientApps, H("signIn:client", index) % 100 < 90 ? H("signIn:client", index) % 2 : H("signIn:client", index)));
        w.WriteString("correlationId", G("signIn:correlation", index));
        w.WriteBoolean("isInteractive", true);
        w.WriteString("conditionalAccessStatus", caStatus);
        w.WriteString("riskDetail", fullRisk ? "none" : "hidden");
        w.WriteString("riskLevelAggregated", fullRisk ? risk : "hidden");
        w.WriteString("riskLevelDuringSignIn", fullRisk ? risk : "hidden");
        w.WriteString("riskState", risk is "none" or "low" ? "none" : "atRisk");
        w.WriteStartArray("riskEventTypes_v2");
        if (risk is "high" or "medium") w.WriteStringValue("unfamiliarFeatures");
        w.WriteEndArray();
        w.WriteString("resourceDisplayName", app.Name);
        w.WriteString("resourceId", app.Id);
        w.WriteStartObject("status");
        w.WriteNumber("errorCode", failure.Item1);
        w.WriteString("failureReason", failure.Item2);
        w.WriteNull("additionalDetails");
        w.WriteEndObject();
        w.WriteStartObject("deviceDetail");
        w.WriteString("deviceId", Det.Chance(H("signIn:device", index), 60) ? G("machine:aad", Det.Int(H("signIn:device", index), Math.Max(1, MachineCount))).ToString() : "");
        w.WriteNull("displayName");
        w.WriteString("operatingSystem", Det.Pick(Vocabulary.OperatingSystems, H("signIn:os", index)));
        w.WriteString("browser", Det.Pick(Vocabulary.Browsers, H("signIn:browser", index)));
        w.WriteBoolean("isCompliant", Det.Chance(H("signIn:compliant", index), 70));
        w.WriteBoolean("isManaged", Det.Chance(H("signIn:managed", index), 75));
        w.WriteString("trustType", "AzureAD");
        w.WriteEndObject();
        w.WriteStartObject("location");
        w.WriteString("city", location.City);
        w.WriteString("state", location.State);
        w.WriteString("countryOrRegion", location.Country);
        w.WriteStartObject("geoCoordinates");
        w.WriteNull("altitude");
        w.WriteNumber("latitude", location.Lat);
        w.WriteNumber("longitude", location.Lon);
        w.WriteEndObject();
        w.WriteEndObject();
        if (withConditionalAccess)
        {
            var results = PolicyResults(index, caStatus, blockedByCa);
            // Without Policy.Read.All Graph leaves this property out altogether.
            w.WriteStartArray("appliedConditionalAccessPolicies");
            for (var i = 0; i < Policies.Length; i++)
            {
                var p = Policies[i];
                w.WriteStartObject();
                w.WriteString("id", p.Id);
                w.WriteString("displayName", p.Name);
                w.WriteStartArray("enforcedGrantControls");
                w.WriteStringValue(p.Control == "block" ? "Block" : p.Control);
                w.WriteEndArray();
                w.WriteStartArray("enforcedSessionControls");
                w.WriteEndArray();
                w.WriteString("result", results[i]);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    /// <summary>The index of the report-only policy (its state is enabledForReportingButNotEnforced).</summary>
    private const int ReportOnlyPolicy = 4;

    /// <summary>
    /// Each policy's result on sign-in <paramref name="index"/>, as Microsoft reports it: a report-only policy only ever
    /// reports (reportOnly…); a blocked sign-in has one enforced policy that failed; a sign-in whose status is success had
    /// at least one enforced policy applied; one whose status is notApplied had none.
    /// </summary>
    internal string[] PolicyResults(long index, string caStatus, bool blockedByCa)
    {
        var enforced = Enumerable.Range(0, Policies.Length).Where(i => i != ReportOnlyPolicy).ToArray();
        var blocking = enforced[Det.Int(H("signIn:blockingPolicy", index), enforced.Length)];
        var results = new string[Policies.Length];
        for (var i = 0; i < Policies.Length; i++)
        {
            var chosen = caStatus != "notApplied" && !Det.Chance(H("signIn:policy", index, i), 50);
            results[i] = i == ReportOnlyPolicy ? (chosen ? "reportOnlySuccess" : "reportOnlyNotApplied")
                : blockedByCa && i == blocking ? "failure"
                : chosen ? "success" : "notApplied";
        }
        if (caStatus == "success" && !results.Contains("success")) results[enforced[Det.Int(H("signIn:appliedPolicy", index), enforced.Length)]] = "success";
        return results;
    }

    /// <summary>What Conditional Access did to sign-in <paramref name="index"/>: its app, its user, its status, each policy's result.</summary>
    internal (string App, Guid UserId, string Status, string[] Results) SignInConditionalAccess(long index)
    {
        var (app, _, _, blockedByCa, caStatus) = SignInOutcome(index);
        return (app.Name, UserId(SignInUser(index)), caStatus, PolicyResults(index, caStatus, blockedByCa));
    }

    /// <summary>
    /// The emergency-access account (the third Global Administrator, kept without MFA) is excluded from every policy, as
    /// Microsoft advises for break-glass accounts: its sign-ins are the ones no policy applies to whatever the app.
    /// </summary>
    private const int EmergencyAccessUser = 2;

    /// <summary>Who made sign-in <paramref name="index"/>: one in fifty is the emergency-access account, the rest anyone.</summary>
    private int SignInUser(long index) => ByEmergencyAccount(index) ? EmergencyAccessUser : Det.Int(H("signIn:user", index), BaseUserCount);

    private bool ByEmergencyAccount(long index) => Det.Chance(H("signIn:emergency", index), 2);

    /// <summary>
    /// Sign-in <paramref name="index"/>'s app, place and outcome: most sign-ins come from the usual ten cities; risky places
    /// fail far more often; an error 53003 is a block by Conditional Access.
    /// </summary>
    private ((string Id, string Name) App, (string City, string State, string Country, double Lat, double Lon, bool Risky) Location,
        (int Code, string? Reason) Failure, bool BlockedByCa, string CaStatus) SignInOutcome(long index)
    {
        var app = Det.Pick(Vocabulary.Apps, H("signIn:app", index));
        var location = Det.Pick(Vocabulary.Locations, H("signIn:location", index) % 100 < 92 ? H("signIn:location", index) % 10 : H("signIn:location", index));
        var failed = Det.Chance(H("signIn:failed", index), location.Risky ? 70 : 12);
        var failure = failed ? Det.Pick(Vocabulary.SignInFailures, H("signIn:failure", index)) : (0, (string?)null);
        // No policy applies to the emergency-access account, so none can block it either.
        var excluded = ByEmergencyAccount(index);
        if (excluded && failure.Item1 == 53003) failure = (0, null);
        var blockedByCa = failure.Item1 == 53003;
        return (app, location, failure, blockedByCa, blockedByCa ? "failure" : !excluded && Det.Chance(H("signIn:ca", index), 70) ? "success" : "notApplied");
    }

    /// <summary>The policies' ids, in the order of <see cref="PolicyResults"/>.</summary>
    internal IReadOnlyList<string> PolicyIds => [.. Policies.Select(p => p.Id)];

    /// <summary>Users Identity Protection flags: about one in twelve, fixed over the sandbox's life.</summary>
    internal IReadOnlyList<int> RiskyUserIndexes() => riskyUsers.Value;

    /// <summary>One risky user in ten has had their account deleted: Identity Protection keeps listing them, with <c>isDeleted</c>.</summary>
    internal bool RiskyUserDeleted(int index) => H("riskyUser:deleted", index) % 10 == 0;

    internal string RiskyUserState(int index) =>
        Det.Pick(["atRisk", "atRisk", "atRisk", "confirmedCompromised", "remediated", "dismissed"], H("riskyUser:state", index));

    /// <summary>The risk level with full detail (Entra ID P2); "none" once the risk is remediated or dismissed.</summary>
    internal string RiskyUserLevel(int index) =>
        RiskyUserState(index) is "remediated" or "dismissed" ? "none" : Det.Pick(["low", "medium", "high"], H("riskyUser:level", index));

    internal JsonObject RiskyUser(int index, bool fullDetail)
    {
        var (displayName, upn) = UserName(index);
        var state = RiskyUserState(index);
        return new JsonObject
        {
            ["id"] = UserId(index).ToString(),
            ["isDeleted"] = RiskyUserDeleted(index),
            ["isProcessing"] = false,
            ["riskLastUpdatedDateTime"] = Iso(RiskyUserUpdated(index)),
            ["riskLevel"] = fullDetail ? RiskyUserLevel(index) : "hidden",
            ["riskState"] = state,
            ["riskDetail"] = state switch
            {
                "remediated" => "userPerformedSecuredPasswordReset",
                "dismissed" => "adminDismissedAllRiskForUser",
                "confirmedCompromised" => "adminConfirmedUserCompromised",
                _ => "none",
            },
            ["userDisplayName"] = displayName,
            ["userPrincipalName"] = upn,
        };
    }

    internal DateTimeOffset RiskyUserUpdated(int index) => Origin.AddMinutes(Det.Int(H("riskyUser:updated", index), (int)History.TotalMinutes));

    internal JsonObject RiskDetection(long index, bool fullDetail)
    {
        var risky = RiskyUserIndexes();
        var user = risky.Count > 0 ? risky[Det.Int(H("detection:user", index), risky.Count)] : 0;
        var (displayName, upn) = UserName(user);
        var location = Det.Pick(Vocabulary.Locations, H("detection:location", index));
        var time = RiskDetections.TimeOf(index);
        return new JsonObject
        {
            ["id"] = Det.Hex(Seed, "detection", index, 64),
            ["requestId"] = G("detection:request", index).ToString(),
            ["correlationId"] = G("detection:correlation", index).ToString(),
            ["riskEventType"] = Det.Pick(Vocabulary.RiskEventTypes, H("detection:type", index)),
            ["riskState"] = Det.Pick(["atRisk", "atRisk", "remediated", "dismissed"], H("detection:state", index)),
            ["riskLevel"] = fullDetail ? Det.Pick(["low", "medium", "high"], H("detection:level", index)) : "hidden",
            ["riskDetail"] = "none",
            ["source"] = "IdentityProtection",
            ["detectionTimingType"] = Det.Pick(["realtime", "offline", "nearRealtime"], H("detection:timing", index)),
            ["activity"] = "signin",
            ["tokenIssuerType"] = "AzureAD",
            ["ipAddress"] = $"185.220.{Det.Int(H("detection:ip", index), 255)}.{Det.Int(H("detection:ip", index, 1), 255)}",
            ["location"] = new JsonObject { ["city"] = location.City, ["state"] = location.State, ["countryOrRegion"] = location.Country, ["geoCoordinates"] = null },
            ["activityDateTime"] = Iso(time.AddMinutes(-2)),
            ["detectedDateTime"] = Iso(time),
            ["lastUpdatedDateTime"] = Iso(time),
            ["userId"] = UserId(user).ToString(),
            ["userDisplayName"] = displayName,
            ["userPrincipalName"] = upn,
            ["additionalInfo"] = "[{\"Key\":\"userAgent\",\"Value\":\"Mozilla/5.0\"}]",
        };
    }

    internal IEnumerable<JsonObject> ConditionalAccessPolicies() => Policies.Select((p, i) => new JsonObject
    {
        ["id"] = p.Id,
        ["displayName"] = p.Name,
        ["createdDateTime"] = Iso(Origin.AddDays(-200 + i)),
        ["modifiedDateTime"] = Iso(Origin.AddDays(-20 + i)),
        ["state"] = i == 4 ? "enabledForReportingButNotEnforced" : "enabled",
        ["conditions"] = new JsonObject
        {
            ["clientAppTypes"] = Strings(p.Name.Contains("legacy") ? ["exchangeActiveSync", "other"] : ["all"]),
            ["signInRiskLevels"] = Strings(p.Name.Contains("risky") ? ["high", "medium"] : []),
            ["userRiskLevels"] = Strings(p.Name.Contains("user risk") ? ["high"] : []),
            ["platforms"] = null,
            ["locations"] = null,
            ["applications"] = new JsonObject { ["includeApplications"] = Strings("All"), ["excludeApplications"] = Strings(), ["includeUserActions"] = Strings() },
            ["users"] = new JsonObject
            {
                ["includeUsers"] = Strings("All"), ["excludeUsers"] = Strings(), ["includeGroups"] = Strings(),
                ["excludeGroups"] = Strings(), ["includeRoles"] = Strings(), ["excludeRoles"] = Strings(),
            },
        },
        ["grantControls"] = new JsonObject
        {
            ["operator"] = "OR",
            ["builtInControls"] = Strings(p.Control),
            ["customAuthenticationFactors"] = Strings(),
            ["termsOfUse"] = Strings(),
        },
        ["sessionControls"] = null,
    });
}
