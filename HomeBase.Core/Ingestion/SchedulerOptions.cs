using System.ComponentModel.DataAnnotations;

namespace HomeBase.Core.Ingestion;

/// <summary>When streams run (section <c>Ingestion:Scheduler</c>).</summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Ingestion:Scheduler";

    /// <summary>Off, nothing runs on its own (sync requests still queue); tests switch it on where they need it.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the scheduler looks for due streams.</summary>
    [Range(1, 3600)]
    public int TickSeconds { get; set; } = 15;

    /// <summary>Streams run at once by this instance, across all integrations.</summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>How often an integration with blocked streams is verified again, so a fixed permission or licence resumes them.</summary>
    [Range(1, 24 * 60)]
    public int BlockedRecheckMinutes { get; set; } = 15;

    /// <summary>Per-stream intervals replacing the defaults of docs/specification.md §3.1, e.g. <c>"sign_ins": "00:10:00"</c>.</summary>
    public Dictionary<string, TimeSpan> Intervals { get; set; } = [];

    /// <summary>How often <paramref name="stream"/> runs here: its configured interval, else its default.</summary>
    public TimeSpan IntervalOf(Streams.StreamDefinition stream) => Intervals.GetValueOrDefault(stream.Name, stream.DefaultInterval);

    /// <summary>A healthy stream whose last success is before this is stale: three of its intervals without one.</summary>
    public DateTime StaleBefore(Streams.StreamDefinition stream, DateTime now) => now - 3 * IntervalOf(stream);
}
