namespace HomeBase.Sandbox.Http;

/// <summary>A delta query's state: which list, the position in it, and the time the changes are counted from.</summary>
public sealed record DeltaCursor(string Kind, long Position, long SinceTicks, long SnapshotTicks, string? Select, bool Initial);
