using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Tests.App.Ingestion;

/// <summary>PIM eligibilities from the sandbox over HTTPS: each with its role's name, its principal and when it ends.</summary>
[Trait("Category", "App")]
public sealed class RoleEligibilityIngestionTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>
{
    private IngestionApp App => fixture.App;

    [Fact]
    public async Task Eligibilities_NameTheRoleAndThePrincipal_WithTheirEnd()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        await App.Runner.RunAsync(integration, StreamCatalog.Users);
        await App.Runner.RunAsync(integration, StreamCatalog.RoleAssignments);
        await App.Runner.RunAsync(integration, StreamCatalog.RoleEligibility);

        var truth = await App.GroundTruthAsync("contoso", App.BackfillStart);
        var stored = await App.QueryAsync(db => db.IngestedRoleEligibilities.Where(e => e.IntegrationId == integration).ToListAsync());
        Assert.True(truth[Truth.Eligibilities] > 0);
        Assert.Equal(truth[Truth.Eligibilities], stored.Count);
        var globalAdministrators = stored.Where(e => e.RoleDefinitionId == RoleGrantRecord.GlobalAdministratorTemplateId).ToList();
        Assert.Equal(truth[Truth.EligibleGlobalAdministrators], globalAdministrators.Count);
        Assert.All(globalAdministrators, e => Assert.Equal("Global Administrator", e.RoleName));
        // Some eligibilities are for good, some end; each starts, and each names its principal.
        Assert.Contains(stored, e => e.EndAt is null);
        Assert.Contains(stored, e => e.EndAt is not null && e.EndAt > e.StartAt);
        Assert.All(stored, e => Assert.NotNull(e.StartAt));
        Assert.All(stored, e => Assert.Equal("Direct", e.MemberType));
        Assert.Contains(stored, e => e.PrincipalType == "group" && e.PrincipalName is not null);
        Assert.All(stored.Where(e => e.PrincipalType == "user"), e => Assert.Contains('@', e.PrincipalUserPrincipalName!));
        // Eligible for a role one also holds: the two lists are kept apart, not merged.
        var assigned = await App.QueryAsync(db => db.IngestedRoleAssignments.Where(a => a.IntegrationId == integration).Select(a => new { a.RoleDefinitionId, a.PrincipalId }).ToListAsync());
        Assert.Contains(stored, e => assigned.Any(a => a.PrincipalId == e.PrincipalId));
    }

    [Fact]
    public async Task ActiveAssignments_SayWhichArePermanentTimeBoundOrActivated()
    {
        var integration = await App.ConnectAsync(await App.CreateTenantAsync(), RequestBodies.Contoso);
        await App.Runner.RunAsync(integration, StreamCatalog.Users);
        await App.Runner.RunAsync(integration, StreamCatalog.RoleAssignments);
        await App.Runner.RunAsync(integration, StreamCatalog.RoleEligibility);

        var truth = await App.GroundTruthAsync("contoso", App.BackfillStart);
        var instances = await App.QueryAsync(db => db.IngestedRoleAssignmentSchedules.Where(s => s.IntegrationId == integration).ToListAsync());
        var assignments = await App.QueryAsync(db => db.IngestedRoleAssignments.Where(a => a.IntegrationId == integration).ToListAsync());
        Assert.Equal(truth[Truth.AssignmentSchedules], instances.Count);
        // Every active assignment has its instance, found by roleAssignmentOriginId, with the same role and principal.
        Assert.Equal(assignments.Select(a => (a.SourceId, a.RoleDefinitionId, a.PrincipalId)).Order(),
            instances.Select(i => (i.RoleAssignmentOriginId!, i.RoleDefinitionId, i.PrincipalId)).Order());
        // An activation of an eligibility ends within hours; a time-bound assignment on a day; the rest never.
        var activated = instances.Where(i => i.AssignmentType == RoleAssignmentScheduleRecord.Activated).ToList();
        Assert.Equal(truth[Truth.ActivatedRoleAssignments], activated.Count);
        Assert.All(activated, i => Assert.InRange(i.EndAt!.Value - i.StartAt!.Value, TimeSpan.FromHours(1), TimeSpan.FromHours(24)));
        var eligible = await App.QueryAsync(db => db.IngestedRoleEligibilities.Where(e => e.IntegrationId == integration).Select(e => new { e.PrincipalId, e.RoleDefinitionId }).ToListAsync());
        Assert.All(activated, i => Assert.Contains(eligible, e => e.PrincipalId == i.PrincipalId && e.RoleDefinitionId == i.RoleDefinitionId));
        Assert.Contains(instances, i => i.AssignmentType == "Assigned" && i.EndAt is not null);
        Assert.Equal(truth[Truth.PermanentGlobalAdministrators],
            instances.Count(i => i.RoleDefinitionId == RoleGrantRecord.GlobalAdministratorTemplateId && i.EndAt is null));
        Assert.All(instances, i => Assert.Equal("Direct", i.MemberType));
        Assert.All(instances, i => Assert.NotNull(i.PrincipalType));
    }

}
