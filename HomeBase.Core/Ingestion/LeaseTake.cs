namespace HomeBase.Core.Ingestion;

/// <summary>What trying to take a stream's lease found.</summary>
internal enum LeaseTake
{
    /// <summary>This owner holds the lease now.</summary>
    Taken,

    /// <summary>This owner holds the lease now, taken from a holder that stopped renewing it (a crashed or stopped instance).</summary>
    TakenOver,

    /// <summary>Another live run holds it.</summary>
    Held,

    /// <summary>The stream has no health row yet to hold a lease in.</summary>
    NoRow,
}
