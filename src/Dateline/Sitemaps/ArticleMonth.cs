using Dateline.Articles;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Sitemaps;

/// <summary>A calendar month (UTC, as in article addresses) of published articles: how many, and when one last changed.</summary>
public sealed record ArticleMonth(int Year, int Month, int Count, DateTime LastModified, long IdSum)
{
    private static DateTime StartOf(int year, int month) => new(year, month, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// This edition's articles published in the month, as of <paramref name="now"/>. The range has one upper bound (the
    /// month's end, or now if sooner): SQLite ranges an index on one bound and tests any other on every entry it reads,
    /// so "before the month's end and not after now" walked from the month's start to the present.
    /// </summary>
    public static IQueryable<Article> Within(IQueryable<Article> articles, DateTime now, int year, int month)
    {
        var start = StartOf(year, month);
        var end = start.AddMonths(1);
        var bound = end <= now ? end : now.AddTicks(1);
        return articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt >= start && a.PublishedAt < bound);
    }

    /// <summary>
    /// The month's summary, or null when it has no published article: one aggregate over the month's range of the
    /// (EditionId, Status, PublishedAt, Id, UpdatedAt) index, grouped by the edition the range already fixes. Grouping
    /// by the date's year and month instead sorted every article (10 s and more for the whole of a million).
    /// The id sum joins the count and newest change in the fingerprint, so an article swapped for another shows too.
    /// </summary>
    public static Task<ArticleMonth?> ReadAsync(IQueryable<Article> articles, DateTime now, int year, int month, CancellationToken cancellationToken) =>
        Within(articles, now, year, month)
            .GroupBy(a => a.EditionId)
            .Select(g => new ArticleMonth(
                year,
                month,
                g.Count(),
                g.Max(a => a.UpdatedAt != null && a.UpdatedAt > a.PublishedAt ? a.UpdatedAt.Value : a.PublishedAt!.Value),
                g.Sum(a => (long)a.Id)))
            .FirstOrDefaultAsync(cancellationToken)!;

    /// <summary>
    /// Every month of this edition's with a published article, newest first: each found by one backward seek for the
    /// newest article before the last month found, so empty years cost nothing.
    /// </summary>
    public static async Task<List<ArticleMonth>> AllAsync(IQueryable<Article> articles, DateTime now, CancellationToken cancellationToken)
    {
        var months = new List<ArticleMonth>();
        var before = now.AddTicks(1);
        while (await articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt < before)
            .OrderByDescending(a => a.PublishedAt).Select(a => a.PublishedAt).FirstOrDefaultAsync(cancellationToken) is { } latest)
        {
            if (await ReadAsync(articles, now, latest.Year, latest.Month, cancellationToken) is { } month)
            {
                months.Add(month);
            }

            before = StartOf(latest.Year, latest.Month);
        }

        return months;
    }

    /// <summary>
    /// The later of publication and last edit (the query above says the same in SQL): a draft edited before it went
    /// live last changed, for readers, when it was published.
    /// </summary>
    internal static DateTime ChangedAt(DateTime published, DateTime? updated) =>
        updated is { } edited && edited > published ? edited : published;
}
