using HomeBase.Core.Ingestion;

namespace HomeBase.Web.Ingestion;

public sealed record StreamListResponse(string Object, string IntegrationId, string State, IReadOnlyList<StreamStatus> Data);
