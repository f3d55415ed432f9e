namespace HomeBase.Web.Ingestion;

public sealed record SyncResponse(string Object, string IntegrationId, IReadOnlyList<string> Streams);
