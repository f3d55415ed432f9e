namespace HomeBase.Tests.Infrastructure.Contracts;

/// <summary>One field a connector read: on which of Microsoft's types, by which name, how, and whether the schema allows it.</summary>
public sealed record ContractRead(string? OnType, string Name, string How, string? Problem)
{
    public override string ToString() => $"{OnType ?? "?"}.{Name} ({How}){(Problem is null ? "" : ": " + Problem)}";
}
