using Microsoft.EntityFrameworkCore;

namespace Dateline.Data;

/// <summary>
/// Keeps the database's query planner informed of how the tables have grown. SQLite plans without statistics unless
/// asked to gather them, and then guesses that every index narrows a search equally; PostgreSQL's autovacuum gathers
/// them in the background, but only some time after a bulk load. Run at start-up and after bulk writes (the generator,
/// the WordPress import).
/// </summary>
public static class PlannerStatistics
{
    /// <summary>
    /// SQLite: <c>PRAGMA optimize</c> analyses the tables that changed enough since they were last analysed, reading
    /// at most about <see cref="SqliteRowsPerIndex"/> rows of each index, so it costs the same on a million articles as
    /// on a thousand. PostgreSQL: <c>ANALYZE</c>, which samples a fixed number of rows per table.
    /// </summary>
    public static async Task RefreshAsync(DatelineDb db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync($"PRAGMA analysis_limit={SqliteRowsPerIndex}; PRAGMA optimize=0x10002;", cancellationToken);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE;", cancellationToken);
        }
    }

    public const int SqliteRowsPerIndex = 1000;
}
