using Dateline.Data;
using Dateline.Site;
using Microsoft.EntityFrameworkCore;

namespace Dateline.WordPress;

/// <summary>
/// Chooses free slugs for a batch's new articles and pages with one query for the batch (and one more only on a clash),
/// in file order, so a resumed run picks exactly what a clean run would.
/// </summary>
internal sealed class SlugBook(DatelineDb db, IReadOnlyList<WxrItem> batch, IEnumerable<string> articleSlugs, IEnumerable<string> pageSlugs)
{
    // Paths the site answers itself: a page there would never be seen.
    private static readonly string[] Reserved = ["feed", "search", "admin", "healthz", "media", "category", "tag", "author", "story", "wp-json", "account", "login"];

    private readonly HashSet<string> articles = new(articleSlugs, StringComparer.Ordinal);
    private readonly HashSet<string> pages = new(pageSlugs.Concat(Reserved), StringComparer.Ordinal);

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var wantedArticles = batch.Where(i => i.PostType == "post").Select(ArticleSlug).Distinct().ToList();
        articles.UnionWith(await db.Articles.Where(a => wantedArticles.Contains(a.Slug)).Select(a => a.Slug).ToListAsync(cancellationToken));
        var wantedPages = batch.Where(i => i.PostType == "page").Select(PageSlug).Distinct().ToList();
        pages.UnionWith(await db.StaticPages.Where(p => wantedPages.Contains(p.Slug)).Select(p => p.Slug).ToListAsync(cancellationToken));
    }

    public string ForArticle(WxrItem item) => Take(ArticleSlug(item), articles, slug => db.Articles.Any(a => a.Slug == slug));

    public string ForPage(WxrItem item) => Take(PageSlug(item), pages, slug => db.StaticPages.Any(p => p.Slug == slug));

    private static string ArticleSlug(WxrItem item) => WordPressText.Slug(item.PostName, item.Title, "post-" + item.PostId);

    private static string PageSlug(WxrItem item) => WordPressText.Slug(item.PostName, item.Title, "page-" + item.PostId);

    private static string Take(string wanted, HashSet<string> taken, Func<string, bool> inDatabase)
    {
        var slug = Slug.Free(wanted, taken);
        while (slug != wanted && inDatabase(slug))
        {
            taken.Add(slug);
            slug = Slug.Free(wanted, taken);
        }

        taken.Add(slug);
        return slug;
    }
}
