using Microsoft.Extensions.Time.Testing;

namespace HomeBase.Tests.Infrastructure;

/// <summary>A fake-clock sandbox with Microsoft's documented throttling limits in force.</summary>
public sealed class ThrottledSandboxFixture : SandboxFixture
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));

    protected override TimeProvider Time => Clock;

    protected override bool RealisticThrottling => true;
}
