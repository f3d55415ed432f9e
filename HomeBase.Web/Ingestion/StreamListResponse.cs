using HomeBase.Core.Ingestion;
using HomeBase.Web.ApiKeys;
using HomeBase.Web.Platform.Api;

namespace HomeBase.Web.Ingestion;

public sealed record StreamListResponse(string Object, string IntegrationId, string State, IReadOnlyList<StreamStatus> Data);
