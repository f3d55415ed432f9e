namespace HomeBase.Core.Ingestion;

/// <summary>Rows a write added and rows whose stored values changed.</summary>
public readonly record struct WriteCounts(int Added, int Updated)
{
    public static WriteCounts operator +(WriteCounts a, WriteCounts b) => new(a.Added + b.Added, a.Updated + b.Updated);
}
