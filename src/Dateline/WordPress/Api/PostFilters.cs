using Dateline.Articles;

namespace Dateline.WordPress.Api;

/// <summary>The filters and orders of /wp/v2/posts, as SQL over published articles.</summary>
internal static class PostFilters
{
    public static IQueryable<Article> Apply(ApiRequest request, IQueryable<Article> articles)
    {
        var query = request.Query;
        var zone = request.Site.Zone;
        articles = articles.ByIdsAndDates(request, a => a.Id, a => a.PublishedAt);

        if (query.Date("modified_after", zone) is { } modifiedAfter)
        {
            articles = articles.Where(a => (a.UpdatedAt ?? a.PublishedAt) > modifiedAfter);
        }

        if (query.Date("modified_before", zone) is { } modifiedBefore)
        {
            articles = articles.Where(a => (a.UpdatedAt ?? a.PublishedAt) < modifiedBefore);
        }

        if (query.Ids("author") is { Count: > 0 } authors)
        {
            articles = articles.Where(a => a.Bylines.Any(b => authors.Contains(b.AuthorId)));
        }

        if (query.Ids("author_exclude") is { Count: > 0 } notAuthors)
        {
            articles = articles.Where(a => !a.Bylines.Any(b => notAuthors.Contains(b.AuthorId)));
        }

        if (query.Ids("categories") is { Count: > 0 } categories)
        {
            articles = articles.Where(a => a.Sections.Any(s => categories.Contains(s.Id)));
        }

        if (query.Ids("categories_exclude") is { Count: > 0 } notCategories)
        {
            articles = articles.Where(a => !a.Sections.Any(s => notCategories.Contains(s.Id)));
        }

        if (query.Ids("tags") is { Count: > 0 } tags)
        {
            articles = articles.Where(a => a.Tags.Any(t => tags.Contains(t.Id)));
        }

        if (query.Ids("tags_exclude") is { Count: > 0 } notTags)
        {
            articles = articles.Where(a => !a.Tags.Any(t => notTags.Contains(t.Id)));
        }

        if (query.Strings("slug") is { Count: > 0 } slugs)
        {
            articles = articles.Where(a => slugs.Contains(a.Slug));
        }

        return articles;
    }

    public static IQueryable<Article> Order(IQueryable<Article> articles, string orderBy, bool ascending) => (orderBy, ascending) switch
    {
        ("id" or "include" or "include_slugs" or "parent", false) => articles.OrderByDescending(a => a.Id),
        ("id" or "include" or "include_slugs" or "parent", true) => articles.OrderBy(a => a.Id),
        ("title", false) => articles.OrderByDescending(a => a.Headline).ThenByDescending(a => a.Id),
        ("title", true) => articles.OrderBy(a => a.Headline).ThenBy(a => a.Id),
        ("slug", false) => articles.OrderByDescending(a => a.Slug),
        ("slug", true) => articles.OrderBy(a => a.Slug),
        ("modified", false) => articles.OrderByDescending(a => a.UpdatedAt ?? a.PublishedAt).ThenByDescending(a => a.Id),
        ("modified", true) => articles.OrderBy(a => a.UpdatedAt ?? a.PublishedAt).ThenBy(a => a.Id),
        ("author", false) => articles.OrderByDescending(a => a.Bylines.OrderBy(b => b.Position).Select(b => b.AuthorId).FirstOrDefault()).ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id),
        ("author", true) => articles.OrderBy(a => a.Bylines.OrderBy(b => b.Position).Select(b => b.AuthorId).FirstOrDefault()).ThenBy(a => a.PublishedAt).ThenBy(a => a.Id),
        (_, true) => articles.OrderBy(a => a.PublishedAt).ThenBy(a => a.Id),
        _ => articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id),
    };
}
