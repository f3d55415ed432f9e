using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace HomeBase.Core.Platform.Persistence;

/// <summary>
/// Retries an operation that SQLite refused because another connection held the database (SQLITE_BUSY, SQLITE_LOCKED)
/// after the busy timeout. Being a retrying strategy, it also makes EF refuse a user transaction opened outside
/// <c>CreateExecutionStrategy().ExecuteAsync</c> on the embedded database, as SQL Server's and PostgreSQL's
/// retrying strategies do: that mistake then fails the whole test suite, not only a server deployment.
/// </summary>
internal sealed class SqliteBusyRetryStrategy(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(2))
{
    private const int Busy = 5;
    private const int Locked = 6;

    protected override bool ShouldRetryOn(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: Busy or Locked };
}
