using System.Data.Common;
using Dateline.Articles;
using Dateline.Authors;
using Dateline.Data;
using Dateline.Editions;
using Dateline.Related;
using Dateline.Sections;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Demo;

/// <summary>
/// Adds synthetic published articles fast enough to build a million-article site for benchmarks:
/// prepared INSERTs in large transactions, bypassing change tracking. The SQL is the same on both providers.
/// Bypassing SaveChanges, it writes what DatelineDb would have kept in step itself: the plain text the search index
/// reads, and (through SyntheticDiscovery) the terms and related lists.
/// </summary>
public sealed class SyntheticArticles(DatelineDb db, TimeProvider clock)
{
    /// <summary>
    /// Articles per transaction. Each batch's dates, slugs and words land all over the indexes; a larger batch rewrites
    /// each index page once for many more articles (with 5,000 a million-article run wrote six times its size by 12%).
    /// </summary>
    private const int BatchSize = 25_000;

    /// <summary>SQLite's page cache while generating: 1 GB, against the default 2 MB, so the indexes stay in memory.</summary>
    private const int GeneratorCacheKilobytes = 1024 * 1024;

    public async Task AddAsync(int count, IProgress<int> progress, CancellationToken cancellationToken)
    {
        await EnsureNewsroomAsync(cancellationToken);
        // Synthetic articles are English: they go into the default edition, filed only in its sections.
        var sectionIds = await db.Sections.Where(s => s.EditionId == Edition.DefaultId).Select(s => s.Id).ToArrayAsync(cancellationToken);
        var tagIds = await db.Tags.Select(t => t.Id).ToArrayAsync(cancellationToken);
        var authorIds = await db.Authors.Select(a => a.Id).ToArrayAsync(cancellationToken);
        var imageIds = await db.Media.Where(m => m.Width > m.Height).Select(m => m.Id).ToArrayAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var random = new Random();
        var run = random.Next(0x100000).ToString("x5", System.Globalization.CultureInfo.InvariantCulture);
        var copy = new SyntheticCopy(random);
        var discovery = new SyntheticDiscovery();

        await db.Database.OpenConnectionAsync(cancellationToken);
        var sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            // Every insert lands in several indexes (slug, dates, full text) at scattered places. With SQLite's default
            // 2 MB page cache generation slowed as the site grew (a 100,000-article run had not finished after 20
            // minutes); with this, 60,000 took 109 s. This connection only, set back below before it returns to the pool.
            await db.Database.ExecuteSqlRawAsync($"PRAGMA cache_size = -{GeneratorCacheKilobytes};", cancellationToken);
            // Synthetic articles are made again as easily as lost: no sync per commit while they are written. The
            // process's limit on SQLite's memory (DatabasePreparation) would take that page cache away again.
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous = OFF; PRAGMA soft_heap_limit = 0;", cancellationToken);
        }

        try
        {
            var connection = db.Database.GetDbConnection();
            for (var done = 0; done < count;)
            {
                var size = Math.Min(BatchSize, count - done);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await using var article = Prepare(connection, transaction,
                    """
                    INSERT INTO "Articles" ("Slug", "Headline", "Standfirst", "BodyHtml", "BodyText", "DatelinePlace", "SourceAttribution", "Language",
                        "Status", "CreatedAt", "PublishedAt", "PrimarySectionId", "FeaturedImageId", "CommentStatus", "Version")
                    VALUES (@slug, @headline, @standfirst, @body, @text, @place, @source, 'en', @status, @published, @published, @section, @image, 0, 0)
                    RETURNING "Id"
                    """,
                    "slug", "headline", "standfirst", "body", "text",
                    "place", "source", "status", "published",
                    "section", "image");
                await using var filed = Prepare(connection, transaction,
                    """INSERT INTO "ArticleSection" ("ArticleId", "SectionId") VALUES (@article, @other)""", "article", "other");
                await using var tagged = Prepare(connection, transaction,
                    """INSERT INTO "ArticleTag" ("ArticleId", "TagId") VALUES (@article, @other)""", "article", "other");
                await using var byline = Prepare(connection, transaction,
                    """INSERT INTO "Bylines" ("ArticleId", "AuthorId", "Position") VALUES (@article, @other, 0)""", "article", "other");

                // Dates sorted within a batch keep the date indexes' inserts close together.
                var dates = Enumerable.Range(0, size).Select(_ => now.AddMinutes(-random.Next(2 * 365 * 24 * 60))).Order().ToArray();
                for (var i = 0; i < size; i++)
                {
                    var (headline, place) = copy.Headline();
                    var section = sectionIds[random.Next(sectionIds.Length)];
                    var (standfirst, body) = (copy.Standfirst(place), copy.Body(place));
                    var text = ArticleBody.PlainText(body);
                    Set(article, copy.Slug(headline, run, done + i), headline, standfirst, body, text, place.ToUpperInvariant(),
                        "(Dateline synthetic)", (int)ArticleStatus.Published, dates[i], section,
                        imageIds.Length == 0 ? DBNull.Value : imageIds[random.Next(imageIds.Length)]);
                    var id = Convert.ToInt32(await article.ExecuteScalarAsync(cancellationToken));
                    await InsertLinkAsync(filed, id, section, cancellationToken);
                    await InsertLinkAsync(byline, id, authorIds[random.Next(authorIds.Length)], cancellationToken);
                    var tags = PickDistinct(tagIds, random.Next(1, 4), random).ToList();
                    foreach (var tag in tags)
                    {
                        await InsertLinkAsync(tagged, id, tag, cancellationToken);
                    }

                    discovery.Add(id, dates[i], new TermSource(headline, standfirst, text, "en", place.ToUpperInvariant(), section, null, tags));
                }

                await discovery.WriteAsync(connection, transaction, cancellationToken);

                await transaction.CommitAsync(cancellationToken);
                done += size;
                progress.Report(done);
            }

            await PlannerStatistics.RefreshAsync(db, cancellationToken);
        }
        finally
        {
            if (sqlite)
            {
                await db.Database.ExecuteSqlRawAsync(
                    $"PRAGMA cache_size = -2000; PRAGMA synchronous = FULL; PRAGMA soft_heap_limit = {DatabasePreparation.SqliteMemoryLimit};", CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    // An empty site still gets somewhere to file the articles and someone to write them.
    private async Task EnsureNewsroomAsync(CancellationToken cancellationToken)
    {
        if (!await db.Sections.AnyAsync(s => s.EditionId == Edition.DefaultId, cancellationToken))
        {
            db.Sections.Add(new Section { Slug = "news", Name = "News", Path = "news" });
        }

        if (!await db.Authors.AnyAsync(cancellationToken))
        {
            db.Authors.Add(new Author { Slug = "staff-reporter", Name = "Staff Reporter" });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static IEnumerable<int> PickDistinct(int[] ids, int count, Random random) =>
        ids.Length == 0 ? [] : Enumerable.Range(0, count).Select(_ => ids[random.Next(ids.Length)]).Distinct();

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        // Types come from the values (a UTC DateTime is timestamptz on PostgreSQL); both providers reuse the
        // statement for every execution of the same command, so no explicit Prepare is needed.
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static void Set(DbCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }

    private static async Task InsertLinkAsync(DbCommand command, int articleId, int otherId, CancellationToken cancellationToken)
    {
        Set(command, articleId, otherId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
