using System.Text.Json.Nodes;

namespace HomeBase.Core.Platform.Azure;

/// <summary>An API response reduced to what verification and health need: status, Microsoft's error code and request id.</summary>
public sealed record ApiResponse(int Status, string? ErrorCode, string? ErrorMessage, string? RequestId, JsonNode? Body, TimeSpan? RetryAfter)
{
    /// <summary>The error of an answer cut off at <c>Azure:MaxResponseMegabytes</c>: asking again would only repeat it.</summary>
    public const string TooLarge = "response_too_large";

    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>Entra's AADSTS code when the call never left because the token for it was refused; null otherwise.</summary>
    public int? Aadsts { get; init; }

    /// <summary>
    /// A successful body read by <see cref="IAzureTenantClient.GetDocumentAsync"/>: parsed over pooled memory rather
    /// than into a tree (<see cref="Body"/> is then null); whoever receives it disposes it.
    /// </summary>
    public System.Text.Json.JsonDocument? Document { get; init; }
}
