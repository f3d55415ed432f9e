using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>The authentication methods registration report from the sandbox over HTTPS: one row per user, admins flagged.</summary>
[Trait("Category", "App")]
public sealed class MfaRegistrationIngestionTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private IngestionApp App => fixture.App;

    [Fact]
    public async Task Registrations_OneRowPerUser_WithAdminsAndMfaAsTheReportSays()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        await App.Runner.RunAsync(integration, StreamCatalog.Users);
        await App.Runner.RunAsync(integration, StreamCatalog.RoleAssignments);
        var result = await App.Runner.RunAsync(integration, StreamCatalog.MfaRegistration);

        var truth = await App.GroundTruthAsync("contoso", App.BackfillStart);
        var stored = await App.QueryAsync(db => db.IngestedUserRegistrations.Where(r => r.IntegrationId == integration).ToListAsync());
        Assert.True(result!.Pages > 1, "The report pages: one page would not prove the connector follows the next link.");
        Assert.Equal(truth[StreamCatalog.Users], stored.Count);
        Assert.Equal(truth[Truth.UsersWithoutMfa], stored.Count(r => r.IsMfaRegistered == false));
        Assert.Equal(truth[Truth.AdminsWithoutMfa], stored.Count(r => r.IsMfaRegistered == false && r.IsAdmin == true));
        Assert.True(truth[Truth.AdminsWithoutMfa] > 0);
        // A row is the user the users stream stored; its admins are the users holding a directory role.
        var users = await App.QueryAsync(db => db.IngestedUsers.Where(u => u.IntegrationId == integration).Select(u => u.SourceId).ToListAsync());
        Assert.Equal(users.Order(), stored.Select(r => r.SourceId).Order());
        var holders = await App.QueryAsync(db => db.IngestedRoleAssignments.Where(a => a.IntegrationId == integration && a.PrincipalType == "user").Select(a => a.PrincipalId).Distinct().ToListAsync());
        Assert.Equal(holders.Order(), stored.Where(r => r.IsAdmin == true).Select(r => r.SourceId).Order());
        Assert.Contains(stored, r => r.IsPasswordlessCapable == true && r.MethodsRegistered!.Split(',').Any(m => m is "fido2" or "windowsHelloForBusiness" or "microsoftAuthenticatorPasswordless"));
    }
}
