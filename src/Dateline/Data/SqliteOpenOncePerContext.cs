using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dateline.Data;

/// <summary>
/// Keeps a context's SQLite connection open from its first statement until the context goes back to its pool (which
/// closes it, returning it to Microsoft.Data.Sqlite's own pool), where EF would close it after every statement.
/// </summary>
/// <remarks>
/// Each open and close of a pooled SQLite connection is not free: Microsoft.Data.Sqlite registers EF's SQL functions
/// (regexp and the decimal arithmetic) with SQLite on every open and removes them again on every close, and takes
/// and returns the connection under the pool's one lock, which concurrent requests contend for. An article page runs
/// about ten statements. A request holds one connection for its lifetime instead of taking one per statement; in WAL
/// mode an idle open connection holds no lock, and nothing here keeps a transaction or a reader open.
/// </remarks>
public sealed class SqliteOpenOncePerContext : DbConnectionInterceptor
{
    public static readonly SqliteOpenOncePerContext Instance = new();

    private SqliteOpenOncePerContext()
    {
    }

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(InterceptionResult.Suppress());
}
