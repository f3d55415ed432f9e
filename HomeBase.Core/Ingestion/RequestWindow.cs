namespace HomeBase.Core.Ingestion;

/// <summary>
/// At most <c>permits</c> requests in any <c>window</c>, counted the way Microsoft counts them: as a log of when each
/// request arrived, not in fixed or segmented buckets (a segmented limiter lets a sixth request through less than
/// ten seconds after the first, and Graph answers it 429). Microsoft sees a request some time after it is sent
/// (a token to fetch, a slow network), so each one is counted from when its response arrived, the latest moment
/// it can have been seen; until then it holds its place in the window.
/// </summary>
internal sealed class RequestWindow(int permits, TimeSpan window, TimeProvider time)
{
    /// <summary>For requests outside every budget: nothing to release.</summary>
    public static IDisposable NoSlot { get; } = new Slot(null);

    // One waiter at a time, in arrival order, so that requests take their turn.
    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly Lock gate = new();
    private readonly List<Slot> slots = [];
    private TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                TimeSpan? untilFree;
                Task anyReleased;
                lock (gate)
                {
                    var now = time.GetUtcNow();
                    slots.RemoveAll(s => s.Arrived is { } arrived && arrived <= now - window);
                    if (slots.Count < permits)
                    {
                        var slot = new Slot(this);
                        slots.Add(slot);
                        return slot;
                    }
                    var oldest = slots.Where(s => s.Arrived is not null).Select(s => s.Arrived!.Value).DefaultIfEmpty().Min();
                    untilFree = oldest == default ? null : oldest + window - now;
                    anyReleased = released.Task;
                }
                // Wait for the oldest arrival to leave the window, or for a request still in flight to arrive.
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var timeout = untilFree is { } delay ? Task.Delay(delay, time, stop.Token) : Task.Delay(Timeout.Infinite, stop.Token);
                await Task.WhenAny(timeout, anyReleased);
                await stop.CancelAsync();
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            turn.Release();
        }
    }

    private void Release(Slot slot)
    {
        TaskCompletionSource signal;
        lock (gate)
        {
            slot.Arrived ??= time.GetUtcNow();
            signal = released;
            released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        signal.TrySetResult();
    }

    private sealed class Slot(RequestWindow? owner) : IDisposable
    {
        /// <summary>When the response arrived; null while the request is in flight.</summary>
        public DateTimeOffset? Arrived { get; set; }

        public void Dispose() => owner?.Release(this);
    }
}
