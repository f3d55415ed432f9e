using HomeBase.Core.Platform.Common;
using HomeBase.Core.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HomeBase.Core.Dashboards.Records;

/// <summary>The drill-down tables and their CSV export: the records behind a dashboard number, in the scope's integrations.</summary>
public sealed class RecordQueries(IDbContextFactory<HomeBaseDbContext> contexts)
{
    public async Task<Result<RecordPage>> PageAsync(DashboardScope scope, string kind, RecordQuery query, CancellationToken cancellationToken = default)
    {
        if (RecordCatalog.Find(kind) is not { } definition) return Failure.NotFound("record kind");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await definition.PageAsync(db, scope, query, cancellationToken);
    }

    /// <summary>The header and then every matching row, streamed from the database in the table's order.</summary>
    public async IAsyncEnumerable<IReadOnlyList<string?>> ExportAsync(
        DashboardScope scope, RecordKind kind, RecordQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return [.. kind.Columns.Select(c => c.Header)];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await foreach (var row in kind.ExportAsync(db, scope, query, cancellationToken)) yield return row;
    }
}
