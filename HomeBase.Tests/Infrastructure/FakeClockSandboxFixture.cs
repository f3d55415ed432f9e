using Microsoft.Extensions.Time.Testing;

namespace HomeBase.Tests.Infrastructure;

/// <summary>A sandbox on a clock the test moves: new events, delta-token expiry and throttling windows without waiting.</summary>
public sealed class FakeClockSandboxFixture : SandboxFixture
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));

    protected override TimeProvider Time => Clock;

    // Enough alerts (about three an hour) that short windows of the clock always hold some.
    protected override int SignIns => 20_000;
}
