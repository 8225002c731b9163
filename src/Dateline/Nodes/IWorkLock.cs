namespace Dateline.Nodes;

/// <summary>
/// Lets one node at a time do work that must happen once however many nodes run: publishing what is due, writing read
/// counts, refreshing related stories, migrating at start-up. Two implementations: within one process (SQLite, one
/// node) and a PostgreSQL advisory lock (every node on the same database).
/// </summary>
public interface IWorkLock
{
    /// <summary>The lock, held until the handle is disposed; null when another node kept it for longer than <paramref name="wait"/>.</summary>
    Task<IAsyncDisposable?> TryTakeAsync(string name, TimeSpan wait, CancellationToken cancellationToken);

    /// <summary>The start-up lock (migrations, the demo's seed), taken before the site's database may even exist.</summary>
    Task<IAsyncDisposable> TakeForStartAsync(CancellationToken cancellationToken);
}
