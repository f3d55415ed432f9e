using HomeBase.Core.Access;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Integrations;
using HomeBase.Core.Integrations.Credentials;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

public sealed record Overview(IReadOnlyList<IntegrationOverview> Integrations, IReadOnlyList<Headline> Headlines, DateTime From, DateTime To);
