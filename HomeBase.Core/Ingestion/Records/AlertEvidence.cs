using System.Text.Json;

namespace HomeBase.Core.Ingestion.Records;

/// <summary>
/// One entity an alert names (a user, a device, a file, a process, an address…), as much of it as the
/// alert's page and the user and device pages need. For a user, <see cref="Name"/> is the user principal name,
/// <see cref="Id"/> the Entra object id and <see cref="Account"/> the on-premises account (<c>DOMAIN\sam</c>):
/// three different things that Microsoft sends apart, any of them may be missing.
/// </summary>
public sealed record AlertEvidence(string Kind, string? Name, string? Id, string? Verdict, string? Detail, string? Account = null)
{
    public const string User = "user";
    public const string Device = "device";
    public const string File = "file";
    public const string Process = "process";
    public const string Ip = "ip";
    public const string Url = "url";
    public const string Domain = "domain";
    public const string FileHash = "file_hash";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static string Serialize(IReadOnlyList<AlertEvidence> evidence) => JsonSerializer.Serialize(evidence, Json);

    public static IReadOnlyList<AlertEvidence> Parse(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<AlertEvidence>>(json, Json) ?? [];
}
