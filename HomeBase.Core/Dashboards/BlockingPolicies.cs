using HomeBase.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards;

/// <summary>
/// The Conditional Access policies that blocked the most sign-ins. A sign-in stores its applied policies as
/// JSON; each provider's JSON table function (SQLite <c>json_each</c>, SQL Server <c>OPENJSON</c>) counts
/// them in the database, over the failed sign-ins only.
/// </summary>
internal static class BlockingPolicies
{
    public sealed record PolicyCount(string Id, string? Name, long Count);

    public static async Task<IReadOnlyList<PolicyCount>> TopAsync(
        HomeBaseDbContext db, IReadOnlyList<string> integrationIds, DateTime from, DateTime to, int take, CancellationToken cancellationToken)
    {
        if (integrationIds.Count == 0) return [];
        // Parameters: {0} from, {1} to, then one per integration.
        var ids = string.Join(", ", integrationIds.Select((_, i) => $"{{{i + 2}}}"));
        object[] parameters = [from, to, .. integrationIds];
        var sql = db.Database.IsSqlServer()
            ? $$"""
               SELECT TOP ({{take}}) p.Id AS Id, MAX(p.Name) AS Name, COUNT_BIG(*) AS Count
               FROM IngestedSignIns s
               CROSS APPLY OPENJSON(s.AppliedConditionalAccessPolicies) WITH (Id nvarchar(100) '$.id', Name nvarchar(400) '$.display_name', Result nvarchar(40) '$.result') p
               WHERE s.IntegrationId IN ({{ids}}) AND s.CreatedAt >= {0} AND s.CreatedAt < {1} AND s.ConditionalAccessStatus = 'failure' AND p.Result = 'failure'
               GROUP BY p.Id ORDER BY COUNT_BIG(*) DESC
               """
            : $$"""
               SELECT json_extract(p.value, '$.id') AS Id, MAX(json_extract(p.value, '$.display_name')) AS Name, COUNT(*) AS Count
               FROM IngestedSignIns s, json_each(s.AppliedConditionalAccessPolicies) p
               WHERE s.IntegrationId IN ({{ids}}) AND s.CreatedAt >= {0} AND s.CreatedAt < {1} AND s.ConditionalAccessStatus = 'failure'
                 AND json_extract(p.value, '$.result') = 'failure'
               GROUP BY json_extract(p.value, '$.id') ORDER BY COUNT(*) DESC LIMIT {{take}}
               """;
        return await db.Database.SqlQueryRaw<PolicyCount>(sql, parameters).ToListAsync(cancellationToken);
    }
}
