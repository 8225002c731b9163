using System.Data.Common;
using Dateline.Comments;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dateline.Data;

/// <summary>
/// Sends readers' queries to the PostgreSQL replica of ConnectionStrings:DatelineReadOnly, by choosing the connection
/// string each time a context opens its connection: the same pooled context serves both, so code that asks for the
/// provider's own context and code that asks for <see cref="DatelineDb"/> always agree. Readers' GET and HEAD requests
/// read from the replica; the newsroom, every write, background work, /healthz (which asks about the primary) and a
/// reader who has just sent a comment (who must see it although the replica may lag) use the primary. A page that a
/// lagging replica renders stale is stored until the next eviction, which the repeated eviction usually is; a replica
/// kept within a fraction of a second of the primary (streaming replication on the same network) keeps that window small.
/// </summary>
public sealed class ReaderReplica(string primary, string replica, IHttpContextAccessor http) : DbConnectionInterceptor
{
    public static bool Serves(HttpContext? context) =>
        context is { Request: var request }
        && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !request.Path.StartsWithSegments("/admin")
        && !request.Path.StartsWithSegments("/healthz")
        && !request.Cookies.ContainsKey(HeldComments.CookieName);

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Choose(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Choose(connection);
        return ValueTask.FromResult(result);
    }

    // A pooled context keeps its connection from one use to the next, so one turned to the replica is turned back.
    // Connections are told apart by this mark, not by their connection string, which Npgsql shows without the
    // password once opened. Any other connection (the maintenance database's, while the site's is created) is left alone.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbConnection, object> onReplica = new();

    private void Choose(DbConnection connection)
    {
        var serves = Serves(http.HttpContext);
        if (serves && !onReplica.TryGetValue(connection, out _))
        {
            connection.ConnectionString = replica;
            onReplica.AddOrUpdate(connection, this);
        }
        else if (!serves && onReplica.Remove(connection))
        {
            connection.ConnectionString = primary;
        }
    }
}
