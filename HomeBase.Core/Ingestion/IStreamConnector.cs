using HomeBase.Core.Azure;
using HomeBase.Core.Integrations;

namespace HomeBase.Core.Ingestion;

/// <summary>
/// What a connector needs for one run: the tenant client, the integration's settings, its stored cursor and the time.
/// No integration id: the records it maps are stamped by the writer, which knows whose run it is.
/// </summary>
public sealed record StreamReadContext(IAzureTenantClient Client, IntegrationConfig Config, string? CursorState, DateTime Now);

/// <summary>Reads one stream of a tenant, page by page; never holds more than one page.</summary>
public interface IStreamConnector
{
    /// <summary>The stream's name in <see cref="Streams.StreamCatalog"/>.</summary>
    string Stream { get; }

    /// <summary>
    /// Yields pages from where <see cref="StreamReadContext.CursorState"/> left off. Each page's cursor state
    /// resumes after that page; the last page's state is where the next run starts.
    /// </summary>
    IAsyncEnumerable<IngestionPage> ReadAsync(StreamReadContext context, CancellationToken cancellationToken);
}
