using System.Text.Json.Nodes;
using HomeBase.Core.Platform.Clouds;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Integrations;
using HomeBase.Core.Integrations.Credentials;
using HomeBase.Core.Platform.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HomeBase.Tests.Infrastructure;

/// <summary>One request as the sandbox's gate saw it.</summary>
public sealed record SandboxRequest(DateTimeOffset At, string Path, bool Throttled);
