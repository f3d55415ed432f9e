using System.Text.Json.Nodes;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>Directory role assignments from the sandbox over HTTPS: each with its role's name and its principal's kind and name.</summary>
[Trait("Category", "App")]
public sealed class RoleAssignmentIngestionTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private IngestionApp App => fixture.App;

    [Fact]
    public async Task RoleAssignments_NameTheRoleAndThePrincipal_AndLeaveWithADeletedUser()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        await App.Runner.RunAsync(integration, StreamCatalog.Users);
        await App.Runner.RunAsync(integration, StreamCatalog.RoleAssignments);

        var truth = await TruthAsync();
        var stored = await StoredAsync(integration);
        Assert.Equal(truth["role_assignments"]!.GetValue<int>(), stored.Count);
        var globalAdministrators = stored.Where(a => a.RoleTemplateId == RoleAssignmentRecord.GlobalAdministratorTemplateId).ToList();
        Assert.Equal(truth["global_administrators"]!.GetValue<int>(), globalAdministrators.Count);
        Assert.All(globalAdministrators, a =>
        {
            Assert.Equal("Global Administrator", a.RoleName);
            Assert.True(a.RoleIsBuiltIn);
            Assert.Equal("/", a.DirectoryScopeId);
            Assert.Equal("user", a.PrincipalType);
        });
        // A user principal is the person the users stream stored, by id and sign-in name.
        var users = await App.QueryAsync(db => db.IngestedUsers.Where(u => u.IntegrationId == integration).ToDictionaryAsync(u => u.SourceId, u => u.UserPrincipalName));
        Assert.All(stored.Where(a => a.PrincipalType == "user"), a => Assert.Equal(users[a.PrincipalId], a.PrincipalUserPrincipalName));
        // Groups and service principals are told apart by their @odata.type, with what each kind has.
        var group = Assert.Single(stored, a => a.PrincipalType == "group");
        Assert.Equal(("Security Reader", (string?)null, (bool?)null), (group.RoleName, group.PrincipalUserPrincipalName, group.PrincipalAccountEnabled));
        Assert.NotNull(group.PrincipalName);
        var servicePrincipal = Assert.Single(stored, a => a.PrincipalType == "servicePrincipal");
        Assert.NotNull(servicePrincipal.PrincipalAppId);
        Assert.True(servicePrincipal.PrincipalAccountEnabled);
        Assert.Contains(stored, a => a.RoleIsBuiltIn == false && a.RoleName!.EndsWith("Helpdesk Tier 1", StringComparison.Ordinal));
        Assert.Contains(stored, a => a.DirectoryScopeId!.StartsWith("/administrativeUnits/", StringComparison.Ordinal));

        // A Global Administrator deleted in the directory: the next run no longer lists the assignment.
        var deleted = globalAdministrators[0].PrincipalId;
        (await App.SandboxControlAsync(HttpMethod.Post, "/tenants/contoso/users", new { action = "delete", id = deleted })).EnsureSuccessStatusCode();
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await App.Runner.RunAsync(integration, StreamCatalog.RoleAssignments);

        var after = await StoredAsync(integration);
        Assert.Equal((await TruthAsync())["role_assignments"]!.GetValue<int>(), after.Count);
        Assert.Equal(stored.Count - 1, after.Count);
        Assert.DoesNotContain(after, a => a.PrincipalId == deleted);
    }

    private async Task<JsonNode> TruthAsync() =>
        JsonNode.Parse(await (await App.SandboxControlAsync(HttpMethod.Get, "/tenants/contoso/ground-truth")).Content.ReadAsStringAsync())!;

    private Task<List<RoleAssignmentRecord>> StoredAsync(string integration) =>
        App.QueryAsync(db => db.IngestedRoleAssignments.Where(a => a.IntegrationId == integration).ToListAsync());
}
