using HomeBase.Core.Platform.Azure;

namespace HomeBase.Core.Ingestion;

/// <summary>A page could not be read; carries Microsoft's error code and request id for the stream's health.</summary>
public sealed class StreamReadException(
    ReadFailureKind kind, int status, string? errorCode, string message, string? requestId, DateTime? retryAt = null, int? aadsts = null)
    : Exception(message)
{
    public ReadFailureKind Kind { get; } = kind;

    public int Status { get; } = status;

    public string? ErrorCode { get; } = errorCode;

    public string? RequestId { get; } = requestId;

    public DateTime? RetryAt { get; } = retryAt;

    /// <summary>
    /// Entra's AADSTS code when the token was refused, parsed from its JSON answer: what decides how a refusal is
    /// handled (<see cref="EntraErrorCodes"/>), while <see cref="Exception.Message"/> is only shown.
    /// </summary>
    public int? Aadsts { get; } = aadsts;
}
