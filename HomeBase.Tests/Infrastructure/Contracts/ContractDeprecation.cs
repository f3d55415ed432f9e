namespace HomeBase.Tests.Infrastructure.Contracts;

/// <summary>An <c>Org.OData.Core.V1.Revisions</c> deprecation of the Graph CSDL: of a type (key "") or of one of its properties.</summary>
public sealed record ContractDeprecation(DateOnly? Date, DateOnly? RemovalDate, string? Description);
