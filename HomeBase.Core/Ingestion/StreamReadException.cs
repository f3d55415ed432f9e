namespace HomeBase.Core.Ingestion;

/// <summary>How a read failed, which decides the stream's state.</summary>
public enum ReadFailureKind
{
    /// <summary>Microsoft kept answering 429: the stream is <c>throttled</c> until <see cref="StreamReadException.RetryAt"/>.</summary>
    Throttled,

    /// <summary>A permission, consent, licence or role is missing: the stream is <c>blocked</c>.</summary>
    Blocked,

    /// <summary>Anything else: the stream is <c>failing</c>.</summary>
    Failed,
}

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
    /// handled (<see cref="Azure.EntraErrorCodes"/>), while <see cref="Exception.Message"/> is only shown.
    /// </summary>
    public int? Aadsts { get; } = aadsts;
}
