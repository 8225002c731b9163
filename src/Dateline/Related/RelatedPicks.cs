using Dateline.Articles;
using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Related;

/// <summary>
/// What the article page shows of its stored related list: the "Check Also" pick (rank 0 of those readers can see) and
/// the "Related" headlines after it. One indexed read; an article with no list yet shows none rather than computing one.
/// </summary>
public static class RelatedPicks
{
    /// <summary>The Check Also pick and four Related headlines.</summary>
    public const int Shown = 5;

    private const int ExcerptWords = 25;

    public sealed record Pick(ArticleTeaser Teaser, string Excerpt);

    private sealed record Row(ArticleStatus Status, DateTime? PublishedAt, ArticleTeaser Teaser, string Opening);

    // Compiled once: the article page reads this on every render.
    private static readonly CompiledPerModel<Func<DatelineDb, int, IAsyncEnumerable<Row>>> ListOf = new(() => EF.CompileAsyncQuery<DatelineDb, int, Row>(
        (DatelineDb db, int articleId) =>
            from pick in db.RelatedArticles.AsNoTracking()
            where pick.ArticleId == articleId
            join article in db.Articles.AsNoTracking() on pick.RelatedId equals article.Id
            orderby pick.Rank
            select new Row(
                article.Status,
                article.PublishedAt,
                new ArticleTeaser(
                    article.Id, article.Slug, article.Headline, article.Standfirst, article.PublishedAt ?? article.CreatedAt,
                    article.PrimarySection.Name, article.PrimarySection.Path,
                    article.FeaturedImage != null ? article.FeaturedImage.FilePath : null,
                    article.FeaturedImage != null ? article.FeaturedImage.AltText : null,
                    article.FeaturedImage != null ? article.FeaturedImage.Width : 0,
                    article.FeaturedImage != null ? article.FeaturedImage.Height : 0,
                    article.FeaturedImage != null ? article.FeaturedImage.RenditionWidths : null),
                article.BodyText.Substring(0, 400))));

    public static async Task<IReadOnlyList<Pick>> ReadAsync(DatelineDb db, int articleId, DateTime now, CancellationToken cancellationToken)
    {
        // A pick unpublished since its list was stored is filtered here, so readers never follow a link to a 404. The
        // filter runs on the stored list (RelatedList.Length rows), not in SQL: with it in SQL, SQLite walked the
        // publication-date index over every published article instead of reading this article's list by its key.
        var rows = await ListOf.For(db)(db, articleId).ToListAsync(cancellationToken);
        return rows.Where(r => r.Status == ArticleStatus.Published && r.PublishedAt <= now).Take(Shown)
            .Select(r => new Pick(r.Teaser, Excerpt.FromText(r.Opening, ExcerptWords))).ToList();
    }
}
