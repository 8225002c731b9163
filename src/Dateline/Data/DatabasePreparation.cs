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
                // A file copied in, restored or filled while the site was down plans with current statistics.
                await PlannerStatistics.RefreshAsync(db, cancellationToken);
            }
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException or ArgumentException)
        {
            throw new StartupProblem($"Dateline cannot use its {options.Provider} database ({ConnectionStrings.Describe(options.Provider, options.ConnectionString)}): {Reason(e)}", e);
        }
    }

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
