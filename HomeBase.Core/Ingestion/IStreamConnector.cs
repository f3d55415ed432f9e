namespace HomeBase.Core.Ingestion;

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
