using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Streams;
using HomeBase.Core.Platform.Azure;
using HomeBase.Core.Platform.Clouds;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HomeBase.Tests.Unit.Ingestion;

/// <summary>Requests wait for their family's budget per app and tenant, before Microsoft has to refuse them.</summary>
[Trait("Category", "Unit")]
public sealed class RequestBudgetsTests
{
    [Theory]
    [InlineData(AzureApi.Graph, "https://graph.microsoft.com/v1.0/auditLogs/signIns?$top=1000", "reports", 5)]
    [InlineData(AzureApi.Graph, "auditLogs/signIns?$filter=createdDateTime%20ge%202026-11-20T00%3A00%3A00.000Z&$top=1000", "reports", 5)]
    [InlineData(AzureApi.Graph, "identityProtection/riskDetections?$top=500", "identity_protection", 1)]
    [InlineData(AzureApi.Graph, "security/alerts_v2?$top=2000", "security", 150)]
    [InlineData(AzureApi.Graph, "https://graph.microsoft.com/v1.0/identityProtection/riskyUsers", "identity_protection", 1)]
    [InlineData(AzureApi.Graph, "https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies", "identity_protection", 1)]
    [InlineData(AzureApi.Graph, "https://graph.microsoft.com/v1.0/security/alerts_v2", "security", 150)]
    [InlineData(AzureApi.Defender, "https://api.securitycenter.microsoft.com/api/machines", "defender", 100)]
    public void Families_FollowTheDocumentedLimits(AzureApi api, string url, string family, int permits)
    {
        var found = RequestBudgets.FamilyOf(api, url);
        Assert.Equal((family, permits), (found!.Value.Family, found.Value.Permits));
    }

    [Fact]
    public void UsersGroupsAndArm_AreNotHeldBack()
    {
        Assert.Null(RequestBudgets.FamilyOf(AzureApi.Graph, "https://graph.microsoft.com/v1.0/users/delta"));
        Assert.Null(RequestBudgets.FamilyOf(AzureApi.ResourceManager, "https://management.azure.com/subscriptions"));
    }

    [Fact]
    public async Task TheSixthReportsRequestInAWindow_WaitsWhileOtherFamiliesAndTenantsGoOn()
    {
        var clock = new FakeTimeProvider();
        var budgets = new RequestBudgets(Options.Create(new IngestionOptions()), clock);
        var contoso = new Client("contoso");

        for (var i = 0; i < 5; i++) (await Acquired(budgets.WaitAsync(contoso, AzureApi.Graph, SignIns, default))).Dispose();
        using var cancel = new CancellationTokenSource();
        var sixth = budgets.WaitAsync(contoso, AzureApi.Graph, SignIns, cancel.Token);
        Assert.False(sixth.IsCompleted);

        (await Acquired(budgets.WaitAsync(contoso, AzureApi.Graph, "https://graph.microsoft.com/v1.0/security/alerts_v2", default))).Dispose();
        (await Acquired(budgets.WaitAsync(new Client("fabrikam"), AzureApi.Graph, SignIns, default))).Dispose();

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sixth);
    }

    [Fact]
    public async Task TheSixthReportsRequest_GoesWhenTheFirstLeavesTheWindowNotBefore()
    {
        var clock = new FakeTimeProvider();
        var budgets = new RequestBudgets(Options.Create(new IngestionOptions()), clock);
        var contoso = new Client("contoso");
        (await Acquired(budgets.WaitAsync(contoso, AzureApi.Graph, SignIns, default))).Dispose();
        clock.Advance(TimeSpan.FromSeconds(3));
        for (var i = 0; i < 4; i++) (await Acquired(budgets.WaitAsync(contoso, AzureApi.Graph, SignIns, default))).Dispose();

        var sixth = budgets.WaitAsync(contoso, AzureApi.Graph, SignIns, default);
        clock.Advance(TimeSpan.FromSeconds(6.9));
        Assert.False(sixth.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(0.1));
        (await sixth.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();

        // The other four arrived at 3 s: the seventh waits for them.
        var seventh = budgets.WaitAsync(contoso, AzureApi.Graph, SignIns, default);
        clock.Advance(TimeSpan.FromSeconds(2.9));
        Assert.False(seventh.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(0.1));
        (await seventh.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task ARequestInFlight_CountsFromWhenItsResponseArrives()
    {
        var clock = new FakeTimeProvider();
        var budgets = new RequestBudgets(Options.Create(new IngestionOptions()), clock);
        var contoso = new Client("contoso");
        const string riskyUsers = "https://graph.microsoft.com/v1.0/identityProtection/riskyUsers";
        var slow = await Acquired(budgets.WaitAsync(contoso, AzureApi.Graph, riskyUsers, default));

        var next = budgets.WaitAsync(contoso, AzureApi.Graph, riskyUsers, default);
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.False(next.IsCompleted);
        slow.Dispose(); // Microsoft may have counted it only now
        clock.Advance(TimeSpan.FromSeconds(0.9));
        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(0.1));
        (await next.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task Disabled_NothingWaits()
    {
        var budgets = new RequestBudgets(Options.Create(new IngestionOptions { RequestBudgets = false }), new FakeTimeProvider());
        for (var i = 0; i < 20; i++) await Acquired(budgets.WaitAsync(new Client("contoso"), AzureApi.Graph, SignIns, default));
    }

    private const string SignIns = "https://graph.microsoft.com/v1.0/auditLogs/signIns";

    /// <summary>A budget that must be granted at once.</summary>
    private static Task<IDisposable> Acquired(Task<IDisposable> wait)
    {
        Assert.True(wait.IsCompletedSuccessfully, "the request had to wait");
        return wait;
    }

    /// <summary>Only the identity the budgets are kept by; no request is ever sent.</summary>
    private sealed class Client(string tenant) : IAzureTenantClient
    {
        public AzureCloud Cloud => throw new NotSupportedException();

        public string BudgetKey => $"global/{tenant}/app";

        public Task<ApiResponse> GetAsync(AzureApi api, string relativeUrl, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<TokenOutcome> AcquireTokenAsync(AzureApi api, CancellationToken cancellationToken) => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }
}
