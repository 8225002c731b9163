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
    /// on a thousand; then the search index's own tables are given <see cref="ShadowTableRows"/>. PostgreSQL:
    /// <c>ANALYZE</c>, which samples a fixed number of rows per table.
    /// </summary>
    public static async Task RefreshAsync(DatelineDb db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync($"PRAGMA analysis_limit={SqliteRowsPerIndex}; PRAGMA optimize=0x10002;", cancellationToken);
            await db.Database.ExecuteSqlRawAsync(
                $"""
                ANALYZE sqlite_schema;
                DELETE FROM sqlite_stat1 WHERE tbl IN (SELECT name FROM pragma_table_list WHERE type = 'shadow');
                INSERT INTO sqlite_stat1 (tbl, idx, stat) SELECT name, NULL, '{ShadowTableRows}' FROM pragma_table_list WHERE type = 'shadow';
                ANALYZE sqlite_schema;
                """, cancellationToken);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE;", cancellationToken);
        }
    }

    public const int SqliteRowsPerIndex = 1000;

    /// <summary>
    /// What SQLite is told of the size of each table FTS5 keeps the search index in (its "shadow" tables): a million
    /// rows, whatever they hold. FTS5 reads and writes them only by key, and a measured size goes stale as the site
    /// grows. A new site's first start measured two rows; SQLite then answered FTS5's "delete these pages" (a key range,
    /// run whenever its segments merge, which an edit of an article's words sets off) by scanning the whole table, so
    /// that edit took 37 ms at 150,000 articles against 0.25 ms at 20,000, and generating articles slowed 26-fold. The
    /// estimate is written after every analysis. <c>ANALYZE sqlite_schema</c> makes the statistics table where none is
    /// yet, and then makes this connection read the estimate (a removed row alone would leave the old size in its memory;
    /// connections opened later read the table).
    /// </summary>
    public const int ShadowTableRows = 1_000_000;
}
