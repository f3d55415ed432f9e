using System.Text.RegularExpressions;
using HomeBase.Core.Integrations;
using HomeBase.Core.Integrations.Retirements;
using HomeBase.Core.Integrations.Verification;
using HomeBase.Tests.Infrastructure;
using HomeBase.Tests.Infrastructure.Contracts;

namespace HomeBase.Tests.Unit.Integrations;

/// <summary>The retirement list against its sources: the Graph CSDL's deprecation annotations and the API versions the code calls.</summary>
[Trait("Category", "Unit")]
public sealed partial class MicrosoftRetirementsContractTests
{
    [Fact]
    public void EverySchemaTarget_HasTheCsdlsDeprecationAndRemovalDates()
    {
        var targets = MicrosoftRetirements.All.Where(r => r.SchemaTarget is not null).ToList();
        Assert.NotEmpty(targets);
        foreach (var retirement in targets)
        {
            var (type, property) = retirement.SchemaTarget!.Split('/') is [var t, var p] ? (t, p) : (retirement.SchemaTarget, "");
            var deprecation = MicrosoftSchema.Instance.RequiredType(type).Deprecated.GetValueOrDefault(property);
            Assert.True(deprecation is not null, $"{retirement.SchemaTarget} carries no deprecation in Microsoft's CSDL.");
            Assert.Equal(deprecation.Date, retirement.DeprecatedOn);
            Assert.Equal(deprecation.RemovalDate, retirement.RemovedOn);
        }
    }

    [Fact]
    public void EveryApiVersionTheCodeCalls_IsListed()
    {
        var listed = MicrosoftRetirements.All.Select(r => r.ApiVersion).OfType<string>().Select(v => v.Split('@')[1]).ToHashSet();
        var core = Path.Combine(RepositoryRoot.Path, "HomeBase.Core");
        var called = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => ApiVersionLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToHashSet();

        Assert.NotEmpty(called);
        Assert.True(called.IsSubsetOf(listed), $"API versions called but not listed: {string.Join(", ", called.Except(listed))}");
    }

    [Fact]
    public void WarningsFor_ShowWhatAnIntegrationReliesOnWithinTheWindowOnly()
    {
        var defender = Integration(new IntegrationConfig { IngestDefender = true });
        var identityOnly = Integration(new IntegrationConfig { IngestDefender = false });

        // 2028-03-18 is 180 days after 2027-09-20: the alert category warning starts that day, not the day before.
        Assert.DoesNotContain(MicrosoftRetirements.WarningsFor(defender, null, new DateOnly(2027, 9, 19)), w => w.Retirement.Id == "graph_alert_category");
        var category = Assert.Single(MicrosoftRetirements.WarningsFor(defender, null, new DateOnly(2027, 9, 20)), w => w.Retirement.Id == "graph_alert_category");
        Assert.Equal(180, category.DaysLeft);
        Assert.Empty(MicrosoftRetirements.WarningsFor(identityOnly, null, new DateOnly(2027, 9, 20)));

        // The legacy alerts API is gone: an integration that holds its permission but not the one alerts need now is told;
        // one without it, or with SecurityAlert.Read.All as well (SecurityEvents.Read.All then reads Secure Score), is not.
        var granted = Grid(new PermissionCheck("SecurityEvents.Read.All", "Microsoft Graph", "granted", [], true, null));
        var missing = Grid(new PermissionCheck("SecurityEvents.Read.All", "Microsoft Graph", "missing", [], true, null));
        var both = Grid(new PermissionCheck("SecurityEvents.Read.All", "Microsoft Graph", "granted", [], true, null),
            new PermissionCheck("SecurityAlert.Read.All", "Microsoft Graph", "granted", [], false, null));
        var legacy = Assert.Single(MicrosoftRetirements.WarningsFor(identityOnly, granted, new DateOnly(2026, 12, 2)));
        Assert.True(legacy.IsPast);
        Assert.Empty(MicrosoftRetirements.WarningsFor(identityOnly, missing, new DateOnly(2026, 12, 2)));
        Assert.Empty(MicrosoftRetirements.WarningsFor(identityOnly, both, new DateOnly(2026, 12, 2)));
        // Undated entries (an API version nobody has retired) never warn.
        Assert.All(MicrosoftRetirements.WarningsFor(defender, granted, new DateOnly(2030, 1, 1)), w => Assert.NotNull(w.Retirement.RemovedOn));
    }

    private static Integration Integration(IntegrationConfig config) => new()
    {
        Id = "int_test", TenantId = "ten_test", Type = "azure", Name = "Test", Cloud = "global", AzureTenantId = "t", ClientId = "c",
        Config = config, Status = IntegrationStatuses.Connected,
    };

    private static VerificationResult Grid(params PermissionCheck[] permissions) =>
        new(DateTime.UnixEpoch, 0, "global", null, [], [.. permissions], [], null, null);

    [GeneratedRegex(@"api-version=([0-9]{4}-[0-9]{2}-[0-9]{2}(?:-preview)?)")]
    private static partial Regex ApiVersionLiteral();
}
