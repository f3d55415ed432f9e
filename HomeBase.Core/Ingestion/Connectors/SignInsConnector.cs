using System.Buffers;
using System.Text;
using System.Text.Json;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using Microsoft.Extensions.Options;

namespace HomeBase.Core.Ingestion.Connectors;

/// <summary><c>/auditLogs/signIns</c> on <c>createdDateTime</c>, with Conditional Access outcomes per policy.</summary>
internal sealed class SignInsConnector(PageFetcher fetcher, IOptions<IngestionOptions> options) : WatermarkConnector<SignInRecord>(fetcher, options)
{
    public override string Stream => StreamCatalog.SignIns;

    protected override string Path => "auditLogs/signIns";

    protected override string WatermarkField => "createdDateTime";

    protected override int MaxTop => 1000;

    protected override SignInRecord Map(JsonElement s) => new()
    {
        SourceId = s.Str("id")!,
        CreatedAt = s.Time("createdDateTime") ?? default,
        UserId = s.Str("userId"),
        UserPrincipalName = s.Str("userPrincipalName"),
        AppDisplayName = s.Str("appDisplayName"),
        ClientAppUsed = s.Str("clientAppUsed"),
        IpAddress = s.Str("ipAddress"),
        City = s.Get("location").Str("city"),
        CountryOrRegion = s.Get("location").Str("countryOrRegion"),
        ErrorCode = s.Get("status").Int("errorCode"),
        FailureReason = s.Get("status").Str("failureReason"),
        ConditionalAccessStatus = s.Str("conditionalAccessStatus"),
        // Absent (not empty) without Policy.Read.All: stored as null so "no policy applied" is never implied.
        AppliedConditionalAccessPolicies = s.Get("appliedConditionalAccessPolicies") is { ValueKind: JsonValueKind.Array } policies ? Policies(policies) : null,
        RiskLevelDuringSignIn = s.Str("riskLevelDuringSignIn"),
        RiskState = s.Str("riskState"),
    };

    /// <summary>The applied policies as stored: <c>[{id, display_name, result}]</c>.</summary>
    private static string Policies(JsonElement policies)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var p in policies.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object))
            {
                writer.WriteStartObject();
                // The result right after the id, so that "blocked by policy X" is one exact LIKE pattern.
                writer.WriteString("id", p.Str("id"));
                writer.WriteString("result", p.Str("result"));
                writer.WriteString("display_name", p.Str("displayName"));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
