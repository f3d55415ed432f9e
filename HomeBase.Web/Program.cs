using HomeBase.Core.Platform.Persistence;
using HomeBase.Web.Platform.Cli;
using HomeBase.Web.Platform.Hosting;

// `HomeBase.Web tenants …` / `api-keys …` run a command-line verb against the same configuration and exit.
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(DefaultEnvironment.Options(args));
builder.AddHomeBase();

var app = builder.Build();
await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
app.UseHomeBase();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
