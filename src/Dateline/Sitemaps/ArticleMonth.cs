using Dateline.Articles;

namespace Dateline.Sitemaps;

/// <summary>A calendar month (UTC, as in article addresses) of published articles: how many, and when one last changed.</summary>
public sealed record ArticleMonth(int Year, int Month, int Count, DateTime LastModified, long IdSum)
{
    public DateTime Start => new(Year, Month, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// One grouped query over the (Status, PublishedAt) index: the months that have articles, never the articles.
    /// The id sum joins the count and newest change in the fingerprint, so an article swapped for another shows too.
    /// </summary>
    public static IQueryable<ArticleMonth> Of(IQueryable<Article> published) =>
        published
            .GroupBy(a => new { a.PublishedAt!.Value.Year, a.PublishedAt.Value.Month })
            .Select(g => new ArticleMonth(
                g.Key.Year,
                g.Key.Month,
                g.Count(),
                g.Max(a => a.UpdatedAt != null && a.UpdatedAt > a.PublishedAt ? a.UpdatedAt.Value : a.PublishedAt!.Value),
                g.Sum(a => (long)a.Id)));

    /// <summary>
    /// The later of publication and last edit (the query above says the same in SQL): a draft edited before it went
    /// live last changed, for readers, when it was published.
    /// </summary>
    internal static DateTime ChangedAt(DateTime published, DateTime? updated) =>
        updated is { } edited && edited > published ? edited : published;
}
