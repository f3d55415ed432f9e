using System.Globalization;
using HomeBase.Core.ApiKeys;
using HomeBase.Core.Platform.Common;
using HomeBase.Core.Tenants;
using HomeBase.Web.Platform.Sandbox;

namespace HomeBase.Web.Platform.Cli;

/// <summary>The verbs themselves: each prints its result on stdout and returns an exit code.</summary>
internal sealed class Commands(IServiceProvider services, TextReader stdin, TextWriter stdout, TextWriter stderr)
{
    private TenantService Tenants => services.GetRequiredService<TenantService>();

    private ApiKeyService ApiKeys => services.GetRequiredService<ApiKeyService>();

    public Task<int> RunAsync(CommandArguments args) => (args.Group, args.Verb) switch
    {
        ("tenants", "create") => CreateTenantAsync(args),
        ("tenants", "list") => ListTenantsAsync(args),
        ("api-keys", "create") => CreateApiKeyAsync(args),
        ("api-keys", "list") => ListApiKeysAsync(args),
        ("api-keys", "revoke") => RevokeApiKeyAsync(args),
        ("sandbox", "info") => SandboxInfoAsync(args),
        ("owner", "create") => CreateOwnerAsync(args),
        _ => throw new CommandLineException($"Unknown command '{args.Group} {args.Verb}'."),
    };

    private async Task<int> CreateTenantAsync(CommandArguments args)
    {
        args.AllowOnly("name");
        var created = await Tenants.CreateAsync(args.Required("name"), Actor.CommandLine);
        return await PrintAsync(created, t => t.Id);
    }

    private async Task<int> ListTenantsAsync(CommandArguments args)
    {
        args.AllowOnly();
        foreach (var tenant in await Tenants.ListAsync())
        {
            await stdout.WriteLineAsync($"{tenant.Id}\t{tenant.Name}");
        }
        return 0;
    }

    private async Task<int> CreateApiKeyAsync(CommandArguments args)
    {
        args.AllowOnly("tenant", "name", "scopes", "expires-in-days");
        // Without --scopes a key made on the server has every scope, as before scopes existed; with it, only those named.
        var scopes = args.Options.TryGetValue("scopes", out var named)
            ? named.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [.. ApiKeyScopes.Names];
        DateTime? expiresAt = null;
        if (args.Options.TryGetValue("expires-in-days", out var days))
        {
            if (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
            {
                throw new CommandLineException("--expires-in-days is a whole number of days, 1 or more.");
            }
            expiresAt = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.AddDays(count);
        }
        var created = await ApiKeys.CreateAsync(args.Required("tenant"), new NewApiKey(args.Required("name"), scopes, expiresAt),
            Actor.CommandLine, createdByUserId: null);
        if (created.Succeeded)
        {
            var key = created.Value!.Key;
            await stderr.WriteLineAsync($"Created API key {key.Id} with scopes {key.Scopes.Replace(' ', ',')}"
                + (key.ExpiresAt is { } expires ? $", expiring {Iso(expires)}" : ", without expiry") + ". Store the key now: it is not shown again.");
        }
        return await PrintAsync(created, k => k.Secret);
    }

    private async Task<int> ListApiKeysAsync(CommandArguments args)
    {
        args.AllowOnly("tenant");
        foreach (var (key, creator, state) in await ApiKeys.ListAsync(args.Required("tenant")))
        {
            await stdout.WriteLineAsync(
                $"{key.Id}\t{key.Name}\t{key.Prefix}…\t{Iso(key.CreatedAt)}\t{(key.LastUsedAt is { } used ? Iso(used) : "never")}\t{state.ToString().ToLowerInvariant()}"
                + $"\t{key.Scopes.Replace(' ', ',')}\t{(key.ExpiresAt is { } expires ? Iso(expires) : "never")}\t{creator ?? "command line"}");
        }
        return 0;
    }

    private async Task<int> RevokeApiKeyAsync(CommandArguments args)
    {
        args.AllowOnly("key-id");
        var revoked = await ApiKeys.RevokeAsync(args.Required("key-id"), Actor.CommandLine);
        return await PrintAsync(revoked, k => k.Id);
    }

    /// <summary>
    /// The first owner, made on the server instead of with the set-up token in the browser. The password is read
    /// from standard input, so that it is in neither the shell's history nor the process list.
    /// </summary>
    private async Task<int> CreateOwnerAsync(CommandArguments args)
    {
        args.AllowOnly("email", "name");
        var email = args.Required("email");
        var name = args.Required("name");
        var password = (await stdin.ReadLineAsync())?.TrimEnd('\r');
        if (string.IsNullOrEmpty(password)) throw new CommandLineException("Give the owner's password on standard input, for example: read -s p; echo \"$p\" | HomeBase.Web owner create --email … --name …");
        await using var scope = services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<Core.Access.AccountService>().CreateOwnerFromCommandLineAsync(email, name, password);
        return await PrintAsync(created, u => u.Email!);
    }

    private async Task<int> SandboxInfoAsync(CommandArguments args)
    {
        args.AllowOnly();
        var settings = services.GetService<EmbeddedSandboxSettings>();
        if (settings is null)
        {
            await stderr.WriteLineAsync("The sandbox is off (it runs in Development, or where Sandbox:Enabled is true).");
            return 1;
        }
        await stdout.WriteLineAsync(SandboxInfo.Json(settings));
        return 0;
    }

    private async Task<int> PrintAsync<T>(Result<T> result, Func<T, string> output)
    {
        if (result.Succeeded)
        {
            await stdout.WriteLineAsync(output(result.Value!));
            return 0;
        }
        var failure = result.Failure!;
        var fields = failure.Errors is null ? string.Empty : " " + string.Join("; ", failure.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
        await stderr.WriteLineAsync($"{failure.Title}: {failure.Detail}{fields}");
        return 1;
    }

    private static string Iso(DateTime value) => value.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
