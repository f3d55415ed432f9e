using HomeBase.Core.Integrations;
using HomeBase.Core.Platform.Azure;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// What a connector needs for one run: the tenant client, the integration's settings, its stored cursor and the time.
/// No integration id: the records it maps are stamped by the writer, which knows whose run it is.
/// </summary>
public sealed record StreamReadContext(IAzureTenantClient Client, IntegrationConfig Config, string? CursorState, DateTime Now)
{
    /// <summary>
    /// What a lookup stream looks up, chosen from stored records when the run starts (<see cref="StreamSubjects"/>): for
    /// Defender Threat Intelligence, the hosts alert evidence named that are due a check. Empty for the list streams.
    /// </summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];
}
