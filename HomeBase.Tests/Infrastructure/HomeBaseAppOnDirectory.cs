using System.Globalization;
using System.Text.Json.Nodes;
using HomeBase.Core.ApiKeys;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Tenants;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HomeBase.Tests.Infrastructure;

/// <summary>The app on a data directory that somebody else (a CLI test) created and removes.</summary>
public sealed class HomeBaseAppOnDirectory(string dataDirectory) : HomeBaseApp(dataDirectory, ownsDirectory: false);
