namespace HomeBase.Core.Ingestion;

/// <summary>The last failure of a stream, with Microsoft's request id for a support case.</summary>
public sealed record StreamError(string Message, string? Code, string? RequestId);
