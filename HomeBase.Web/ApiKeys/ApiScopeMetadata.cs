namespace HomeBase.Web.ApiKeys;

/// <summary>Marks an endpoint with the scope it needs, for the OpenAPI document.</summary>
public sealed record ApiScopeMetadata(string Scope);
