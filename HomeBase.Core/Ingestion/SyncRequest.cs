namespace HomeBase.Core.Ingestion;

/// <summary>A request to run one stream of one integration now.</summary>
public sealed record SyncRequest(string IntegrationId, string Stream);
