using Dateline.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Data;

/// <summary>
/// A new site's first start analyses a search index that holds nothing yet, and the site then grows for as long as it
/// runs. Whatever that analysis recorded, SQLite must reach FTS5's tables by key: FTS5 deletes a merged segment's pages
/// with <c>DELETE … WHERE id &gt;= ? AND id &lt;= ?</c>, and a scan there made every edit of an article's words cost
/// more with each article in the archive. Always SQLite, whichever provider the suite runs on.
/// </summary>
public sealed class PlannerStatisticsTests
{
    // The statement FTS5 runs for each segment a merge leaves behind.
    private const string SegmentDelete = """DELETE FROM "ArticleSearch_data" WHERE id >= $low AND id <= $high""";

    [Fact]
    public async Task The_search_index_is_reached_by_key_after_an_analysis_of_the_empty_site()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        var options = new DbContextOptionsBuilder<SqliteDatelineDb>().UseSqlite(database.ConnectionString).Options;
        await using (var db = new SqliteDatelineDb(options))
        {
            await db.Database.MigrateAsync();
            await db.Database.OpenConnectionAsync();
            // What a first start's analysis records of the empty index: its two rows. SQLite then scans.
            await db.Database.ExecuteSqlRawAsync("ANALYZE;");
            Assert.StartsWith("SCAN", await PlanAsync((SqliteConnection)db.Database.GetDbConnection()));

            await PlannerStatistics.RefreshAsync(db, CancellationToken.None);

            // The connection that refreshed them, which had read the old ones.
            Assert.StartsWith("SEARCH", await PlanAsync((SqliteConnection)db.Database.GetDbConnection()));
        }

        // A connection opened afterwards (not one from the pool, which could be the one above), and a later refresh,
        // which analyses the tables again: every one of FTS5's tables ends with the estimate, and only with it.
        await using (var connection = new SqliteConnection(database.ConnectionString + ";Pooling=False"))
        {
            await connection.OpenAsync();
            Assert.StartsWith("SEARCH", await PlanAsync(connection));
        }

        await using (var db = new SqliteDatelineDb(options))
        {
            await PlannerStatistics.RefreshAsync(db, CancellationToken.None);
            var recorded = await db.Database.SqlQueryRaw<string>(
                """
                SELECT name || ': ' || coalesce((SELECT group_concat(stat, ', ') FROM sqlite_stat1 WHERE tbl = name), 'none') AS "Value"
                FROM pragma_table_list WHERE type = 'shadow' ORDER BY name
                """).ToListAsync();
            Assert.Equal(["ArticleSearch_config", "ArticleSearch_data", "ArticleSearch_docsize", "ArticleSearch_idx"],
                recorded.Select(r => r[..r.IndexOf(':')]));
            Assert.All(recorded, r => Assert.EndsWith(FormattableString.Invariant($": {PlannerStatistics.ShadowTableRows}"), r));
        }
    }

    private static async Task<string> PlanAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + SegmentDelete;
        command.Parameters.AddWithValue("$low", 1L << 37);
        command.Parameters.AddWithValue("$high", (2L << 37) - 1);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return reader.GetString(3);
    }
}
