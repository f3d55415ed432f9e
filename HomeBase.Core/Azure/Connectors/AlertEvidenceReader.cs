using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;

namespace HomeBase.Core.Azure.Connectors;

/// <summary>Reads the typed <c>evidence</c> of an alerts_v2 alert (azure-apis.md §3.1) into <see cref="AlertEvidence"/>.</summary>
internal static class AlertEvidenceReader
{
    public static IReadOnlyList<AlertEvidence> Read(JsonArray? evidence) =>
        evidence is null ? [] : [.. evidence.OfType<JsonObject>().Select(ReadOne).OfType<AlertEvidence>()];

    private static AlertEvidence? ReadOne(JsonObject e)
    {
        var type = e.Str("@odata.type")?.Split('.').LastOrDefault() ?? "";
        var verdict = e.Str("verdict");
        return type switch
        {
            "userEvidence" => new AlertEvidence(AlertEvidence.User, e["userAccount"].Str("userPrincipalName") ?? e["userAccount"].Str("accountName"),
                e["userAccount"].Str("azureAdUserId"), verdict, e["userAccount"].Str("displayName")),
            "deviceEvidence" => new AlertEvidence(AlertEvidence.Device, e.Str("deviceDnsName"), e.Str("mdeDeviceId"), verdict, e.Str("osPlatform")),
            "fileEvidence" => new AlertEvidence(AlertEvidence.File, e["fileDetails"].Str("fileName"), e["fileDetails"].Str("sha256") ?? e["fileDetails"].Str("sha1"),
                verdict, e["fileDetails"].Str("filePath")),
            "processEvidence" => new AlertEvidence(AlertEvidence.Process, e["imageFile"].Str("fileName"), e.Str("processId"), verdict, e.Str("processCommandLine")),
            "ipEvidence" => new AlertEvidence(AlertEvidence.Ip, e.Str("ipAddress"), null, verdict, e.Str("countryLetterCode")),
            "" => null,
            _ => new AlertEvidence(type.Replace("Evidence", "", StringComparison.Ordinal), null, null, verdict, null),
        };
    }
}
