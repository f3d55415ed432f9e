namespace HomeBase.Web.Integrations;

public sealed record IntegrationListResponse(string Object, IReadOnlyList<IntegrationResponse> Data, bool HasMore, string? NextStartingAfter);
