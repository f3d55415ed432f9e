namespace HomeBase.Core.Platform.Persistence;

/// <summary>
/// An entity that several requests, instances or background work may change at once: its <see cref="Version"/> is a
/// concurrency token that <see cref="HomeBaseDbContext"/> raises on every tracked change, so a change made from a stale
/// read (a rotation that verified for seconds while the integration was deleted) fails instead of overwriting.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
