using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Integrations;
using HomeBase.Core.Platform.Azure;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// What one run of one stream needs, loaded once when the run starts: the integration (tenant, settings,
/// verification), the stream and its connector, the tenant client, the stored cursor, the lease's owner and
/// the run's history row. Every stage of the run takes this rather than a bare integration id to load again.
/// </summary>
internal sealed class StreamRunContext(
    Integration integration, StreamDefinition stream, IStreamConnector connector, Func<IAzureTenantClient> client,
    string? cursorState, string leaseOwner, StreamRun run, string stateBefore)
{
    // Made on first use, inside the run's error handling: a client that cannot be made (a cloud no longer
    // configured, a secret that no longer decrypts) fails the run like any other error instead of leaving it collecting.
    private readonly Lazy<IAzureTenantClient> client = new(client);

    /// <summary>The integration as it was when the run started (read without tracking).</summary>
    public Integration Integration { get; } = integration;

    public string IntegrationId => Integration.Id;

    public StreamDefinition Stream { get; } = stream;

    public string StreamName => Stream.Name;

    public IStreamConnector Connector { get; } = connector;

    public IAzureTenantClient Client => client.Value;

    /// <summary>The cursor stored by the previous run: where this one resumes.</summary>
    public string? CursorState { get; } = cursorState;

    /// <summary>Who holds the stream's lease: this runner, as one app instance among those sharing the database.</summary>
    public string LeaseOwner { get; } = leaseOwner;

    /// <summary>The run's history row, already saved; each commit and the finish update it.</summary>
    public StreamRun Run { get; } = run;

    /// <summary>The stream's state before the run marked it collecting: what a cancelled run puts back.</summary>
    public string StateBefore { get; } = stateBefore;

    public RunProgress Progress { get; } = new();

    /// <summary>The lease was given back with the run's outcome; otherwise the runner gives it back on its way out.</summary>
    public bool LeaseReleased { get; set; }

    /// <summary>What the connector is given: no lease, no run row and no integration id, only what reading needs.</summary>
    public StreamReadContext ReadContext(DateTime now) => new(Client, Integration.Config, CursorState, now) { Subjects = Subjects };

    /// <summary>What a lookup stream looks up this run (<see cref="StreamSubjects"/>), loaded once the lease is held.</summary>
    public IReadOnlyList<string> Subjects { get; set; } = [];
}
