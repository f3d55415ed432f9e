namespace HomeBase.Core.Ingestion.Records;

/// <summary>A snapshot of current state (a device, a policy, a posture finding): removed when a full read no longer reports it.</summary>
public interface ISnapshotRecord : ISyncedRecord;
