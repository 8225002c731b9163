using Dateline.Data;
using Dateline.Search;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Search;

/// <summary>
/// The folded text the full-text index reads lives in the database but outside the model (migration
/// SearchTextOutsideModel): no article read carries it, and no later migration may lose it without this failing.
/// </summary>
[Collection(SearchSiteCollection.Name)]
public sealed class SearchColumnsTests(SearchSite site)
{
    [Fact]
    public async Task An_article_read_does_not_select_the_search_text()
    {
        var sql = await site.WithDbAsync(db => Task.FromResult(db.Articles.AsNoTracking().Where(a => a.Slug == "any").ToQueryString()));

        Assert.Contains("\"Headline\"", sql);
        Assert.DoesNotContain("Search", sql);
    }

    [Fact]
    public async Task The_articles_table_keeps_the_folded_columns_and_index_search_reads()
    {
        await site.WithDbAsync(async db =>
        {
            if (db is SqliteDatelineDb)
            {
                var table = await db.Database
                    .SqlQueryRaw<string>("""SELECT "sql" AS "Value" FROM "sqlite_master" WHERE "type" = 'table' AND "name" = 'Articles'""")
                    .SingleAsync();
                for (var i = 0; i < SqliteDatelineDb.SearchColumns.Length; i++)
                {
                    var column = $"\"{SqliteDatelineDb.SearchColumns[i]}\" AS ({ArabicScript.SqliteSql($"\"{SqliteDatelineDb.SearchSources[i]}\"")})";
                    Assert.True(table.Contains(column, StringComparison.Ordinal), $"Articles lacks {column}:\n{table}");
                }
            }
            else
            {
                var generated = await db.Database.SqlQueryRaw<string>(
                        """
                        SELECT "is_generated" AS "Value" FROM "information_schema"."columns"
                        WHERE "table_name" = 'Articles' AND "column_name" = {0}
                        """, PostgresDatelineDb.SearchVector)
                    .SingleAsync();
                Assert.Equal("ALWAYS", generated);
                var index = await db.Database.SqlQueryRaw<string>(
                        """SELECT "indexdef" AS "Value" FROM "pg_indexes" WHERE "tablename" = 'Articles' AND "indexdef" LIKE '%' || {0} || '%'""",
                        PostgresDatelineDb.SearchVector)
                    .SingleAsync();
                Assert.Contains("USING gin", index);
            }
        });
    }
}
