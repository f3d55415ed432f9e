namespace HomeBase.Tests.Infrastructure.Contracts;

/// <summary>One documented operation: its path template, the query options it documents and what it answers.</summary>
public sealed record ContractOperation(string Api, string Id, string Path, IReadOnlyList<string> QueryOptions, string? Response, string Source);
