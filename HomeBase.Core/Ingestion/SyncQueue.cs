using System.Threading.Channels;

namespace HomeBase.Core.Ingestion;

/// <summary>"Sync now" requests from the API and the UI, for the scheduler; in memory, since a lost request only waits for the next interval.</summary>
public sealed class SyncQueue
{
    private readonly Channel<SyncRequest> channel = Channel.CreateUnbounded<SyncRequest>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(SyncRequest request) => channel.Writer.TryWrite(request);

    public ChannelReader<SyncRequest> Reader => channel.Reader;
}
