using System.Security.Cryptography;
using HomeBase.Core.Platform.Common;
using Microsoft.Extensions.Time.Testing;

namespace HomeBase.Tests.Unit.Platform.Common;

/// <summary>
/// Every background service's loop: a failed round of any kind is reported and retried with back-off (soon, then
/// less often, never later than the interval), and the loop goes on until shutdown.
/// </summary>
[Trait("Category", "Unit")]
public sealed class PeriodicWorkTests
{
    [Fact]
    public void WaitAfter_BacksOffFromFiveSecondsUpToTheInterval()
    {
        var hour = TimeSpan.FromHours(1);
        Assert.Equal(hour, PeriodicWork.WaitAfter(0, hour));
        Assert.Equal([5, 10, 20, 40, 80], Enumerable.Range(1, 5).Select(n => PeriodicWork.WaitAfter(n, hour).TotalSeconds));
        Assert.Equal(hour, PeriodicWork.WaitAfter(30, hour));
        Assert.Equal(TimeSpan.FromSeconds(15), PeriodicWork.WaitAfter(3, TimeSpan.FromSeconds(15)));
    }

    [Fact]
    public async Task FailedRounds_OfAnyKind_AreReportedAndRetriedSooner_ThenTheIntervalResumes()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var rounds = new List<TimeSpan>();
        var failures = new List<Exception>();
        using var stop = new CancellationTokenSource();
        var loop = PeriodicWork.RunAsync(_ =>
        {
            rounds.Add(time.GetUtcNow() - DateTimeOffset.UnixEpoch);
            // The database away, then a key that no longer decrypts, then all well.
            return rounds.Count switch
            {
                1 => throw new InvalidOperationException("database is locked"),
                2 => throw new CryptographicException("The key was not found in the key ring."),
                _ => Task.CompletedTask,
            };
        }, () => TimeSpan.FromHours(1), time, failures.Add, stop.Token);

        var steps = new[] { 5, 10, 3600 };
        for (var round = 1; round <= steps.Length; round++)
        {
            await WaitForRoundsAsync(rounds, round);
            time.Advance(TimeSpan.FromSeconds(steps[round - 1]));
        }
        await WaitForRoundsAsync(rounds, steps.Length + 1);
        await stop.CancelAsync();
        await loop;

        Assert.Equal([0, 5, 15, 3615], rounds.Select(r => r.TotalSeconds));
        Assert.Equal([typeof(InvalidOperationException), typeof(CryptographicException)], failures.Select(f => f.GetType()));
    }

    /// <summary>Until the loop has run <paramref name="count"/> rounds and is waiting on the clock again.</summary>
    private static async Task WaitForRoundsAsync(List<TimeSpan> rounds, int count)
    {
        for (var i = 0; i < 500 && rounds.Count < count; i++) await Task.Delay(10);
        Assert.True(rounds.Count >= count, $"The loop ran {rounds.Count} rounds, not {count}.");
        await Task.Delay(20);
    }
}
