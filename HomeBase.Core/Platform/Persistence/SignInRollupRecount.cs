namespace HomeBase.Core.Platform.Persistence;

/// <summary>
/// Marks every stored hour of the sign-in rollups for a recount, so that dimensions added later (the policies enforced,
/// the apps of uncovered sign-ins) cover the sign-ins stored before them. The refresher recounts the marked hours after
/// each integration's next run. Standard SQL with quoted names: the same text runs on SQLite, SQL Server and PostgreSQL.
/// </summary>
internal static class SignInRollupRecount
{
    public const string Sql = """
        INSERT INTO "RollupDirtyHours" ("IntegrationId", "Metric", "Hour")
        SELECT DISTINCT "IntegrationId", "Metric", "Hour" FROM "Rollups" WHERE "Metric" = 'sign_ins'
        """;
}
