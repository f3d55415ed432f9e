namespace HomeBase.Sandbox.Http;

/// <summary>Where a page of a time-ordered list continues: the next index, downwards, within fixed bounds.</summary>
public sealed record ListCursor(string Stream, long Next, long Lowest, int Top, string? Select, long SnapshotTicks);
