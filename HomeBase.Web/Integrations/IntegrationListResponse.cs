using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Integrations;
using HomeBase.Core.Integrations.Credentials;

namespace HomeBase.Web.Integrations;

public sealed record IntegrationListResponse(string Object, IReadOnlyList<IntegrationResponse> Data, bool HasMore, string? NextStartingAfter);
