using HomeBase.Core.Access;
using HomeBase.Core.Platform.Hosting;
using Microsoft.Extensions.Options;

namespace HomeBase.Web.Access;

/// <summary>
/// At the start of a web instance that has no owner yet, issues a set-up token and prints it in the log: only
/// someone who can read the server's log can then create the first owner in the browser.
/// </summary>
internal sealed partial class OwnerSetupTokenAnnouncer(
    IServiceScopeFactory scopes, OwnerSetupTokens tokens, IOptions<AdminSignInOptions> signIn, IOptions<InstanceOptions> instance,
    ILogger<OwnerSetupTokenAnnouncer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (signIn.Value.Mode != SignInMode.Local || signIn.Value.RequireSetupToken == false || !instance.Value.IsWeb) return;
        await using (var scope = scopes.CreateAsyncScope())
        {
            if (await scope.ServiceProvider.GetRequiredService<AccountService>().HasAnyUserAsync(cancellationToken)) return;
        }
        var (token, expiresAt) = await tokens.IssueAsync(cancellationToken);
        LogSetupToken(logger, token, expiresAt);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "HomeBase has no owner yet. Open /account/setup and enter the set-up token {SetupToken} " +
        "(valid until {ExpiresAt:u}; a restart prints a new one), or create the owner on this server: HomeBase.Web owner create --email <email> --name <name>")]
    private static partial void LogSetupToken(ILogger logger, string setupToken, DateTime expiresAt);
}
