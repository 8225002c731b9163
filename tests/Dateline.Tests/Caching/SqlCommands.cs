using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dateline.Tests.Caching;

/// <summary>
/// Counts the SQL commands the app runs for one request, named by the request's <see cref="Header"/>: registered on
/// the app's own DbContext through its interceptor seam, so it sees every command the real request makes.
/// </summary>
public sealed class SqlCommands(IHttpContextAccessor requests) : DbCommandInterceptor
{
    public const string Header = "X-Test-Count";

    private readonly ConcurrentDictionary<string, int> counts = new();

    public int Of(string request) => counts.GetValueOrDefault(request);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    private void Count()
    {
        if (requests.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } name)
        {
            counts.AddOrUpdate(name, 1, (_, n) => n + 1);
        }
    }
}
