using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dateline.Tests.Data;

/// <summary>
/// Counts the work SQLite does for one request, named by the request's <see cref="Header"/>: the virtual-machine
/// instructions its statements execute, sampled by SQLite's progress handler every <see cref="Step"/> instructions on
/// every connection the app opens. Unlike a timing, the count is the same on a busy machine as on an idle one, and it
/// grows with every row a query reads: a query that walks the archive shows up as work that grows with the archive.
/// The work is also told by statement (the last one each request started), so a failure can name the query.
/// </summary>
public sealed class SqliteWork : DbConnectionInterceptor, IDbCommandInterceptor
{
    public const string Header = "X-Test-Work";
    public const int Step = 100;

    private readonly IHttpContextAccessor requests;
    private readonly ConcurrentDictionary<string, long> counts = new();
    private readonly ConcurrentDictionary<string, string> running = new();
    private readonly ConcurrentDictionary<(string Request, string Sql), long> bySql = new();
    private readonly ConcurrentDictionary<string, int> opens = new();
    private readonly ConcurrentDictionary<string, int> statements = new();
    // Kept in a field: SQLite holds only a native pointer to it, so the collector must not take it.
    private readonly SQLitePCL.delegate_progress progress;

    public SqliteWork(IHttpContextAccessor requests)
    {
        this.requests = requests;
        progress = Progress;
    }

    /// <summary>Instructions executed for the named request (to within <see cref="Step"/> per statement).</summary>
    public long Of(string request) => counts.GetValueOrDefault(request) * Step;

    /// <summary>The named request's statements, most work first.</summary>
    public IEnumerable<(string Sql, long Instructions)> StatementsOf(string request) =>
        bySql.Where(e => e.Key.Request == request).Select(e => (e.Key.Sql, e.Value * Step)).OrderByDescending(e => e.Item2);

    /// <summary>How many times the named request opened a connection, and how many queries (readers and scalars) it ran.</summary>
    public (int Opens, int Statements) ConnectionsOf(string request) => (opens.GetValueOrDefault(request), statements.GetValueOrDefault(request));

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Watch(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Watch(connection);
        return Task.CompletedTask;
    }

    private void Watch(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            SQLitePCL.raw.sqlite3_progress_handler(sqlite.Handle, Step, progress, null);
        }

        if (Request() is { } name)
        {
            opens.AddOrUpdate(name, 1, (_, n) => n + 1);
        }
    }

    InterceptionResult<DbDataReader> IDbCommandInterceptor.ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Starting(command);
        return result;
    }

    ValueTask<InterceptionResult<DbDataReader>> IDbCommandInterceptor.ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken)
    {
        Starting(command);
        return ValueTask.FromResult(result);
    }

    ValueTask<InterceptionResult<object>> IDbCommandInterceptor.ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken)
    {
        Starting(command);
        return ValueTask.FromResult(result);
    }

    private void Starting(DbCommand command)
    {
        if (Request() is { } name)
        {
            running[name] = command.CommandText;
            statements.AddOrUpdate(name, 1, (_, n) => n + 1);
        }
    }

    private string? Request() => requests.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } name ? name : null;

    // Runs inside sqlite3_step on the request's own flow, so the request is the one whose statement is running.
    private int Progress(object userData)
    {
        if (Request() is { } name)
        {
            counts.AddOrUpdate(name, 1, (_, n) => n + 1);
            bySql.AddOrUpdate((name, running.GetValueOrDefault(name, "?")), 1, (_, n) => n + 1);
        }

        return 0;
    }
}
