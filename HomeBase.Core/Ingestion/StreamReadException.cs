using HomeBase.Core.Platform.Azure;
using HomeBase.Core.Platform.Common;

namespace HomeBase.Core.Ingestion;

/// <summary>A page could not be read; carries Microsoft's error code and request id for the stream's health.</summary>
public sealed class StreamReadException(
    ReadFailureKind kind, int status, string? errorCode, string message, string? requestId, DateTime? retryAt = null, int? aadsts = null)
    : Exception(message)
{
    public ReadFailureKind Kind { get; } = kind;

    public int Status { get; } = status;

    /// <summary>The size of the health and history columns that keep <see cref="ErrorCode"/> and <see cref="RequestId"/>.</summary>
    public const int CodeMaxLength = 100;

    /// <summary>Microsoft's error code, cut to its column: Azure's text is of any length.</summary>
    public string? ErrorCode { get; } = TextColumns.Fit(errorCode, CodeMaxLength);

    public string? RequestId { get; } = TextColumns.Fit(requestId, CodeMaxLength);

    public DateTime? RetryAt { get; } = retryAt;

    /// <summary>
    /// Entra's AADSTS code when the token was refused, parsed from its JSON answer: what decides how a refusal is
    /// handled (<see cref="EntraErrorCodes"/>), while <see cref="Exception.Message"/> is only shown.
    /// </summary>
    public int? Aadsts { get; } = aadsts;
}
