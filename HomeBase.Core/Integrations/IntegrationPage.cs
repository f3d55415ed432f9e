namespace HomeBase.Core.Integrations;

/// <summary>A page of integrations in id (creation) order.</summary>
public sealed record IntegrationPage(IReadOnlyList<Integration> Items, bool HasMore);
