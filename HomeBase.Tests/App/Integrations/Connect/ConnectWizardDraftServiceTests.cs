using HomeBase.Core.Access;
using HomeBase.Core.Integrations.Connect;
using HomeBase.Core.Platform.Persistence;
using HomeBase.Core.Platform.Security;
using HomeBase.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HomeBase.Tests.App.Integrations.Connect;

/// <summary>Wizard drafts: per person and tenant, secret encrypted, gone after 24 hours, admins only.</summary>
[Trait("Category", "App")]
public sealed class ConnectWizardDraftServiceTests(HomeBaseAppFixture fixture) : IClassFixture<HomeBaseAppFixture>
{
    private const string Secret = "Sbx8Q~draft-secret-value-0123456789";

    [Fact]
    public async Task Draft_KeepsTheSecretEncryptedAndExpiresAfterADay()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var drafts = Drafts(clock);
        var admin = await AdminAsync();

        Assert.True((await drafts.SaveAsync(admin, new ConnectWizardAnswers { Step = 2, Cloud = "global", AzureTenantId = "x" }, Secret)).Succeeded);
        var stored = await fixture.App.QueryAsync(db => db.ConnectWizardDrafts.SingleAsync(d => d.UserId == admin.UserId));
        Assert.DoesNotContain(Secret, stored.ProtectedClientSecret);
        Assert.DoesNotContain(Secret, stored.AnswersJson);
        Assert.Contains("\"clientSecretHint\":\"Sbx\"", stored.AnswersJson);

        clock.Advance(TimeSpan.FromHours(23));
        var restored = (await drafts.LoadAsync(admin)).Value!;
        Assert.Equal(Secret, restored.ClientSecret);
        Assert.Equal(2, restored.Answers.Step);

        clock.Advance(TimeSpan.FromHours(2));
        Assert.Null((await drafts.LoadAsync(admin)).Value);
        Assert.Equal(0, await fixture.App.QueryAsync(db => db.ConnectWizardDrafts.CountAsync(d => d.UserId == admin.UserId)));
    }

    [Fact]
    public async Task Viewers_HaveNoDrafts()
    {
        var drafts = Drafts(TimeProvider.System);
        var viewer = (await AdminAsync()) with { Role = Roles.Viewer };
        Assert.Equal(403, (await drafts.SaveAsync(viewer, new ConnectWizardAnswers(), Secret)).Failure!.Status);
        Assert.Equal(403, (await drafts.LoadAsync(viewer)).Failure!.Status);
    }

    private ConnectWizardDraftService Drafts(TimeProvider clock) => new(
        fixture.App.Services.GetRequiredService<IDbContextFactory<HomeBaseDbContext>>(), fixture.App.Services.GetRequiredService<SecretProtector>(), clock,
        fixture.App.Services.GetRequiredService<AccessGuard>());

    private async Task<TenantAccess> AdminAsync() => await PageContexts.MemberAsync(fixture.App, (await fixture.TenantAsync()).Id, Roles.Admin);
}
