using Dateline.Caching;
using Dateline.Editions;
using System.Globalization;
using Dateline.Articles;
using Dateline.Data;
using Dateline.Site;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Sitemaps;

/// <summary>
/// /news-sitemap.xml, the Google News sitemap: what was published in the last two days, newest first, at most the
/// thousand entries Google reads, each with the publication's name, the article's language, date and headline.
/// </summary>
public static class NewsSitemap
{
    public const int MaxArticles = 1000;
    public static readonly TimeSpan Window = TimeSpan.FromHours(48);

    public static async Task WriteAsync(HttpContext context, DatelineDb db, TimeProvider clock, SiteChrome chrome, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - Window;
        var recent = db.Articles.AsNoTracking().InEdition(context.Edition().Id).Published(now).Where(a => a.PublishedAt >= since);
        var site = await chrome.LoadAsync(cancellationToken);
        var origin = PublicOrigin.For(context);
        context.ShowsInCache(CacheTags.Sitemaps);

        var articles = recent.NewestFirst().Take(MaxArticles)
            .Select(a => new { a.Slug, Published = a.PublishedAt!.Value, a.UpdatedAt, a.Headline, a.Language })
            .AsAsyncEnumerable();
        var sitemap = await SitemapWriter.StartAsync(context.Response, "urlset", ("news", SitemapWriter.NewsNamespace));
        await foreach (var article in articles.WithCancellation(cancellationToken))
        {
            await sitemap.UrlAsync(
                SitemapEndpoints.Absolute(origin, Article.PathFor(article.Published, article.Slug)),
                ArticleMonth.ChangedAt(article.Published, article.UpdatedAt),
                news: new SitemapWriter.NewsEntry(site.Name, Language(article.Language), article.Published, article.Headline));
        }

        await sitemap.EndAsync();
    }

    /// <summary>
    /// Google News takes ISO 639 codes ("en", "ps", "prs"), with Chinese as "zh-cn" or "zh-tw"; the newsroom may store
    /// a fuller tag such as "en-GB", whose region Google does not want.
    /// </summary>
    public static string Language(string tag)
    {
        var parts = tag.Trim().ToLowerInvariant().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return "en";
        }

        return parts[0] != "zh" ? parts[0]
            : parts.Skip(1).Any(p => p is "hant" or "tw" or "hk" or "mo") ? "zh-tw" : "zh-cn";
    }
}
