using HomeBase.Core.Ingestion;
using HomeBase.Core.Ingestion.Records;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace HomeBase.Tests.App.Platform.Persistence;

/// <summary>
/// The page upsert's SQL in each provider's form. SQLite and PostgreSQL run it in the suite; SQL Server cannot run
/// here, so its form is generated from its model and read: the key lock that makes check-then-insert safe, its
/// quoting, and the NULL-safe "changed" test that keeps an unchanged record from counting as updated.
/// </summary>
[Trait("Category", "App")]
public sealed class UpsertSqlTests
{
    [Fact]
    public void SqlServer_InsertsUnderAKeyLockAndUpdatesOnlyWhatChanged()
    {
        using var db = new SqlServerHomeBaseDbContext(new DbContextOptionsBuilder<SqlServerHomeBaseDbContext>()
            .UseSqlServer("Server=localhost;Database=HomeBase;Integrated Security=true").Options);
        var (insert, update, touch) = RowUpserter.SqlFor(db.Model.FindEntityType(typeof(MachineRecord))!, db.GetService<ISqlGenerationHelper>(), onConflict: false);

        Assert.StartsWith("INSERT INTO [IngestedMachines] ([IntegrationId], [SourceId], ", insert);
        Assert.Contains("SELECT @p0, @p1, ", insert);
        Assert.EndsWith("WHERE NOT EXISTS (SELECT 1 FROM [IngestedMachines] WITH (UPDLOCK, HOLDLOCK) WHERE [IntegrationId] = @p0 AND [SourceId] = @p1)", insert);
        Assert.DoesNotContain("ON CONFLICT", insert);
        Assert.StartsWith("UPDATE [IngestedMachines] SET ", update);
        Assert.Contains("WHERE [IntegrationId] = @p0 AND [SourceId] = @p1 AND (", update);
        Assert.Contains("[ComputerDnsName] <> @p", update);
        Assert.Contains("([ComputerDnsName] IS NULL AND @p", update);
        Assert.DoesNotContain("[FirstSeenAt] =", update);
        // Machines are a snapshot: seeing one again only marks it seen.
        Assert.StartsWith("UPDATE [IngestedMachines] SET [LastSyncedAt] = @p", touch);
    }

    [Fact]
    public void PostgreSql_InsertsWithOnConflictDoNothing()
    {
        using var db = new PostgreSqlHomeBaseDbContext(new DbContextOptionsBuilder<PostgreSqlHomeBaseDbContext>()
            .UseNpgsql("Host=localhost;Database=homebase").Options);
        var (insert, update, touch) = RowUpserter.SqlFor(db.Model.FindEntityType(typeof(SignInRecord))!, db.GetService<ISqlGenerationHelper>(), onConflict: true);

        // Sign-ins are keyed in time order (integration, created, id).
        Assert.StartsWith("INSERT INTO \"IngestedSignIns\" (\"IntegrationId\", \"CreatedAt\", \"SourceId\", ", insert);
        Assert.EndsWith("ON CONFLICT (\"IntegrationId\", \"CreatedAt\", \"SourceId\") DO NOTHING", insert);
        Assert.Contains("WHERE \"IntegrationId\" = @p0 AND \"CreatedAt\" = @p1 AND \"SourceId\" = @p2 AND (", update);
        Assert.Null(touch); // sign-ins are events, not a snapshot
    }
}
