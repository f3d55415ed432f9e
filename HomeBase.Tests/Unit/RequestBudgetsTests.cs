using HomeBase.Core.Azure;
using HomeBase.Core.Clouds;
using HomeBase.Core.Ingestion;
using HomeBase.Core.Streams;
using Microsoft.Extensions.Options;

namespace HomeBase.Tests.Unit;

/// <summary>Requests wait for their family's budget per app and tenant, before Microsoft has to refuse them.</summary>
public sealed class RequestBudgetsTests
{
    [Theory]
    [InlineData(AzureApi.Graph, "https://graph.microsoft.com/v1.0/auditLogs/signIns?$top=1000", "reports", 5)]
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
        using var budgets = new RequestBudgets(Options.Create(new IngestionOptions()));
        var contoso = new Client("contoso");
        const string signIns = "https://graph.microsoft.com/v1.0/auditLogs/signIns";

        for (var i = 0; i < 5; i++) Assert.True(budgets.WaitAsync(contoso, AzureApi.Graph, signIns, default).IsCompletedSuccessfully);
        using var cancel = new CancellationTokenSource();
        var sixth = budgets.WaitAsync(contoso, AzureApi.Graph, signIns, cancel.Token);
        Assert.False(sixth.IsCompleted);

        Assert.True(budgets.WaitAsync(contoso, AzureApi.Graph, "https://graph.microsoft.com/v1.0/security/alerts_v2", default).IsCompletedSuccessfully);
        Assert.True(budgets.WaitAsync(new Client("fabrikam"), AzureApi.Graph, signIns, default).IsCompletedSuccessfully);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sixth);
    }

    [Fact]
    public void Disabled_NothingWaits()
    {
        using var budgets = new RequestBudgets(Options.Create(new IngestionOptions { RequestBudgets = false }));
        for (var i = 0; i < 20; i++)
        {
            Assert.True(budgets.WaitAsync(new Client("contoso"), AzureApi.Graph, "https://graph.microsoft.com/v1.0/auditLogs/signIns", default).IsCompletedSuccessfully);
        }
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
