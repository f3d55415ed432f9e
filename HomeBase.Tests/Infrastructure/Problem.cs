namespace HomeBase.Tests.Infrastructure;

public sealed record Problem(int Status, string Code, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors);
