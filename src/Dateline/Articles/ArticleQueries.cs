namespace Dateline.Articles;

/// <summary>Query rules every reader-facing list shares.</summary>
public static class ArticleQueries
{
    public static IQueryable<Article> Published(this IQueryable<Article> articles, DateTime now) =>
        articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= now);

    /// <summary>The articles an edition's pages list: only its own.</summary>
    public static IQueryable<Article> InEdition(this IQueryable<Article> articles, int editionId) =>
        articles.Where(a => a.EditionId == editionId);

    public static IQueryable<Article> NewestFirst(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);

    public static IQueryable<Article> InSections(this IQueryable<Article> articles, IReadOnlyCollection<int> sectionIds) =>
        articles.Where(a => a.Sections.Any(s => sectionIds.Contains(s.Id)));

    public static IQueryable<ArticleTeaser> ToTeasers(this IQueryable<Article> articles) =>
        articles.Select(a => new ArticleTeaser(
            a.Id,
            a.Slug,
            a.Headline,
            a.Standfirst,
            a.PublishedAt ?? a.CreatedAt,
            a.PrimarySection.Name,
            a.PrimarySection.Path,
            a.FeaturedImage != null ? a.FeaturedImage.FilePath : null,
            a.FeaturedImage != null ? a.FeaturedImage.AltText : null,
            a.FeaturedImage != null ? a.FeaturedImage.Width : 0,
            a.FeaturedImage != null ? a.FeaturedImage.Height : 0,
            a.FeaturedImage != null ? a.FeaturedImage.RenditionWidths : null));
}
