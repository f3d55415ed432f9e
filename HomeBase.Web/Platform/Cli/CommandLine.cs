using HomeBase.Core.Platform.Persistence;
using HomeBase.Web.Platform.Hosting;

namespace HomeBase.Web.Platform.Cli;

/// <summary>
/// Command-line verbs of the web app (<c>tenants …</c>, <c>api-keys …</c>). They use the same configuration
/// and database as the server, print only their result on stdout, and send logs and errors to stderr.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Groups = ["tenants", "api-keys", "sandbox", "owner"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Groups.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null,
        Action<WebApplicationBuilder>? configure = null, TextReader? stdin = null)
    {
        stdin ??= Console.In;
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        CommandArguments parsed;
        try
        {
            parsed = CommandArguments.Parse(args);
        }
        catch (CommandLineException e)
        {
            await stderr.WriteLineAsync(e.Message);
            await stderr.WriteLineAsync(Usage);
            return 2;
        }

        // The verb's own arguments are not configuration: the builder gets none.
        var builder = WebApplication.CreateBuilder(DefaultEnvironment.Options([]));
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        configure?.Invoke(builder);
        builder.AddHomeBase();

        await using var app = builder.Build();
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        var commands = new Commands(app.Services, stdin, stdout, stderr);
        try
        {
            return await commands.RunAsync(parsed);
        }
        catch (CommandLineException e)
        {
            await stderr.WriteLineAsync(e.Message);
            await stderr.WriteLineAsync(Usage);
            return 2;
        }
    }

    public const string Usage = """
        Usage:
          tenants create --name <name>              prints the new tenant id (ten_…)
          tenants list                              one "id<TAB>name" line per tenant
          api-keys create --tenant <ten_…> --name <name> [--scopes <a,b>] [--expires-in-days <n>]
                                                    prints the new key (hb_…); shown only this once. Scopes: every one
                                                    unless named (integrations:read, integrations:write, credentials:rotate,
                                                    webhooks:read, webhooks:write)
          api-keys list --tenant <ten_…>            one "id<TAB>name<TAB>prefix<TAB>created<TAB>last_used<TAB>status<TAB>scopes<TAB>expires<TAB>created_by" line per key
          api-keys revoke --key-id <key_…>          revokes the key and prints its id
          sandbox info                              the sandbox's URL and each sandbox tenant's ids and secret, as JSON
          owner create --email <email> --name <name>       creates the first owner (password on stdin) and prints the email
        """;
}
