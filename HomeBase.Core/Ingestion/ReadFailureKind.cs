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
