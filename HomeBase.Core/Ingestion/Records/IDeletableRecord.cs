namespace HomeBase.Core.Ingestion.Records;

/// <summary>A directory object that Microsoft reports as removed: kept, marked deleted.</summary>
public interface IDeletableRecord : ISyncedRecord
{
    DateTime? DeletedAt { get; set; }
}
