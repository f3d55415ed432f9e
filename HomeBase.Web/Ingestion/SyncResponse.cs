using HomeBase.Core.Ingestion;
using HomeBase.Web.ApiKeys;
using HomeBase.Web.Platform.Api;

namespace HomeBase.Web.Ingestion;

public sealed record SyncResponse(string Object, string IntegrationId, IReadOnlyList<string> Streams);
