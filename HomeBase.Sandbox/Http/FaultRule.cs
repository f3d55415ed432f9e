namespace HomeBase.Sandbox.Http;

/// <summary>
/// A fault for requests of one tenant and/or whose path contains a string, for the next <see cref="Count"/> matching
/// requests; <see cref="Body"/> is the JSON a <see cref="FaultKinds.Replay"/> answers with.
/// </summary>
public sealed record FaultRule(string Id, string Kind, string? Tenant, string? PathContains, int? Count, int DelayMilliseconds, int RetryAfterSeconds,
    string? Body = null);
