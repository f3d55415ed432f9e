using System.Text.Json;
using HomeBase.Core.Ingestion.Records;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary>Reads the typed <c>evidence</c> of an alerts_v2 alert (docs/microsoft-apis.md §3.1) into <see cref="AlertEvidence"/>.</summary>
internal static class AlertEvidenceReader
{
    public static IReadOnlyList<AlertEvidence> Read(JsonElement evidence) =>
        evidence.ValueKind != JsonValueKind.Array ? [] : [.. evidence.EnumerateArray().Select(ReadOne).OfType<AlertEvidence>()];

    private static AlertEvidence? ReadOne(JsonElement e)
    {
        var type = e.Str("@odata.type")?.Split('.').LastOrDefault() ?? "";
        var verdict = e.Str("verdict");
        // Each evidence type has its own fields: userAccount only on user evidence, fileDetails only on file evidence.
        return type switch
        {
            "userEvidence" => User(e.Get("userAccount"), verdict),
            "deviceEvidence" => new AlertEvidence(AlertEvidence.Device, e.Str("deviceDnsName"), e.Str("mdeDeviceId"), verdict, e.Str("osPlatform")),
            "fileEvidence" => File(e.Get("fileDetails"), verdict),
            "processEvidence" => new AlertEvidence(AlertEvidence.Process, e.Get("imageFile").Str("fileName"), e.Str("processId"), verdict, e.Str("processCommandLine")),
            "ipEvidence" => new AlertEvidence(AlertEvidence.Ip, e.Str("ipAddress"), null, verdict, e.Str("countryLetterCode")),
            "urlEvidence" => new AlertEvidence(AlertEvidence.Url, e.Str("url"), null, verdict, null),
            "dnsEvidence" => new AlertEvidence(AlertEvidence.Domain, e.Str("domainName"), null, verdict, null),
            "fileHashEvidence" => new AlertEvidence(AlertEvidence.FileHash, e.Str("value"), null, verdict, e.Str("algorithm")),
            "" => null,
            _ => new AlertEvidence(type.Replace("Evidence", "", StringComparison.Ordinal), null, null, verdict, null),
        };
    }

    private static AlertEvidence User(JsonElement account, string? verdict) =>
        new(AlertEvidence.User, account.Str("userPrincipalName"), account.Str("azureAdUserId"), verdict, account.Str("displayName"), AccountOf(account));

    private static AlertEvidence File(JsonElement file, string? verdict) =>
        new(AlertEvidence.File, file.Str("fileName"), file.Str("sha256") ?? file.Str("sha1"), verdict, file.Str("filePath"));

    /// <summary>The account's SAM name with its domain: how Active Directory names it, never a user principal name.</summary>
    private static string? AccountOf(JsonElement account) =>
        (account.Str("domainName"), account.Str("accountName")) switch
        {
            (_, null) => null,
            ({ Length: > 0 } domain, var name) => $"{domain}\\{name}",
            (_, var name) => name,
        };
}
