using System.Data.Common;
using Dateline.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Data;

/// <summary>Makes the data directory and database ready before the first request or verb.</summary>
public static class DatabasePreparation
{
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<DatelineOptions>();
        EnsureWritable(options.DataDirectory);
        Directory.CreateDirectory(options.MediaDirectory);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDb>();
        try
        {
            if (options.MigrateOnStart)
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            else
            {
                await db.Database.OpenConnectionAsync(cancellationToken);
                await db.Database.CloseConnectionAsync();
            }

            if (options.Provider == DatabaseProvider.Sqlite)
            {
                // WAL lets readers go on while a writer commits; the setting is kept in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                // Each pooled connection keeps a page cache of up to 2 MB, and a busy site holds a connection per
                // concurrent request: this bounds them together (the limit is the whole process's). Pages let go are
                // still in the operating system's file cache, a read away.
                await db.Database.ExecuteSqlRawAsync($"PRAGMA soft_heap_limit={SqliteMemoryLimit};", cancellationToken);
                // A file copied in, restored or filled while the site was down plans with current statistics.
                await PlannerStatistics.RefreshAsync(db, cancellationToken);
            }
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException or ArgumentException)
        {
            throw new StartupProblem($"Dateline cannot use its {options.Provider} database ({ConnectionStrings.Describe(options.Provider, options.ConnectionString)}): {Reason(e)}", e);
        }
    }

    /// <summary>What SQLite may hold in memory across all its connections before it gives back cached pages: 16 MB.</summary>
    public const long SqliteMemoryLimit = 16L * 1024 * 1024;

    private static void EnsureWritable(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupProblem(
                $"Dateline cannot write to its data directory '{directory}' ({e.Message.TrimEnd('.')}); set Dateline:DataDirectory to a writable folder.", e);
        }
    }

    private static string Reason(Exception e)
    {
        var message = e.GetBaseException().Message.Trim();
        return message.EndsWith('.') ? message : message + ".";
    }
}
