using Medallion.Threading.Postgres;
using Npgsql;

namespace Dateline.Nodes;

/// <summary>
/// PostgreSQL advisory locks (DistributedLock.Postgres) on the site's database, so every node that shares it takes
/// turns. A node that dies lets go of its locks with its connection. The start-up lock is taken on the maintenance
/// database, because the site's own may not exist yet and is created under it.
/// </summary>
public sealed class PostgresWorkLock(string connectionString) : IWorkLock
{
    private readonly string database = new NpgsqlConnectionStringBuilder(connectionString).Database ?? "postgres";

    public async Task<IAsyncDisposable?> TryTakeAsync(string name, TimeSpan wait, CancellationToken cancellationToken)
    {
        var work = new PostgresDistributedLock(new PostgresAdvisoryLockKey("dateline:" + name, allowHashing: true), connectionString);
        return await work.TryAcquireAsync(wait, cancellationToken);
    }

    public async Task<IAsyncDisposable> TakeForStartAsync(CancellationToken cancellationToken)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        var start = new PostgresDistributedLock(new PostgresAdvisoryLockKey("dateline-start:" + database, allowHashing: true), maintenance);
        return await start.AcquireAsync(TimeSpan.FromMinutes(10), cancellationToken);
    }
}
