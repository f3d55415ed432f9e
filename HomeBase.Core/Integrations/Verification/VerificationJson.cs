using System.Text.Json;
using System.Text.Json.Serialization;

namespace HomeBase.Core.Integrations.Verification;

/// <summary>How a verification is stored and shown: snake_case JSON, as the public API speaks.</summary>
public static class VerificationJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(VerificationResult result) => JsonSerializer.Serialize(result, Options);

    public static VerificationResult? Deserialize(string? json) => json is null ? null : JsonSerializer.Deserialize<VerificationResult>(json, Options);
}
