namespace HomeBase.Tests.Infrastructure;

/// <summary>One request as the sandbox's gate saw it.</summary>
public sealed record SandboxRequest(DateTimeOffset At, string Path, bool Throttled);
