using HomeBase.Core.Ingestion.Streams;
using HomeBase.Tests.Infrastructure;

namespace HomeBase.Tests.Unit.Ingestion;

[Trait("Category", "Unit")]
public sealed class SeedCoverageTests
{
    [Fact]
    public void Readme_HasTheFivePermissionTable_AsTheCatalogMakesIt()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).ReplaceLineEndings("\n");
        var table = SeedCoverage.Markdown();
        Assert.True(readme.Contains(table, StringComparison.Ordinal), "README.md's \"What the five permissions read\" table is out of date; paste:\n" + table);
    }

    [Fact]
    public void SeedOnlyApp_ReadsTheDirectoryAndIdentityStreams_AndNamesOneGrantForEachOther()
    {
        Assert.Equal(["User.Read.All", "AuditLog.Read.All", "IdentityRiskEvent.Read.All", "SecurityEvents.Read.All", "Directory.Read.All"], SeedCoverage.SeedPermissions);
        Assert.Null(SeedCoverage.MissingGrant(StreamCatalog.Get(StreamCatalog.RoleAssignments)));
        Assert.Null(SeedCoverage.MissingGrant(StreamCatalog.Get(StreamCatalog.DirectoryAudits)));
        // SecurityEvents.Read.All reads Microsoft Secure Score (its legacy alerts API is gone).
        Assert.Null(SeedCoverage.MissingGrant(StreamCatalog.Get(StreamCatalog.MicrosoftSecureScore)));
        Assert.Equal("SecurityAlert.Read.All", SeedCoverage.MissingGrant(StreamCatalog.Get(StreamCatalog.Alerts)));
        Assert.Equal("Security Reader", SeedCoverage.MissingGrant(StreamCatalog.Get(StreamCatalog.SecureScore)));
    }
}
