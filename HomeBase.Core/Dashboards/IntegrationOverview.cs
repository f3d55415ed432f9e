namespace HomeBase.Core.Dashboards;

/// <summary>One integration on the overview: its status, the worst of its streams, its secret and its last sync.</summary>
public sealed record IntegrationOverview(
    string Id, string Name, string Status, string IngestionState, DateTime? SecretExpiresAt, DateTime? LastSyncAt, int BlockedStreams);
