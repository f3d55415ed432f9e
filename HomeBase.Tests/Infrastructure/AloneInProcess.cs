namespace HomeBase.Tests.Infrastructure;

/// <summary>
/// Tests that must be the only app in the test process: OpenTelemetry listens to a meter by its name, so while other
/// test apps run, their measurements would be exported with this one's. xUnit runs this collection after the
/// parallel ones, by itself, once their apps are disposed.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneInProcess
{
    public const string Name = "Alone in the process";
}
