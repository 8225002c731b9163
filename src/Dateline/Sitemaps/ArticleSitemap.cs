using Dateline.Caching;
using Dateline.Editions;
using System.Globalization;
using Dateline.Articles;
using Dateline.Data;
using Dateline.Site;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Sitemaps;

/// <summary>
/// One month of published articles (or one part of a month), oldest first, each with its last change and its
/// featured picture. Read as a stream of small projections and written as read: no month is ever held in memory.
/// </summary>
public static class ArticleSitemap
{
    public static async Task WriteAsync(HttpContext context, DatelineDb db, SitemapFile file, DateTime now, SitemapOptions options, CancellationToken cancellationToken)
    {
        var edition = db.Articles.AsNoTracking().InEdition(context.Edition().Id);
        var inMonth = ArticleMonth.Within(edition, now, file.Year, file.Month);
        var month = await ArticleMonth.ReadAsync(edition, now, file.Year, file.Month, cancellationToken);
        if (month is null || file.Part > options.PartsFor(month.Count))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var origin = PublicOrigin.For(context);
        context.ShowsInCache(CacheTags.Sitemaps);

        var articles = inMonth.OrderBy(a => a.PublishedAt).ThenBy(a => a.Id)
            .Skip((file.Part - 1) * options.UrlsPerFile).Take(options.UrlsPerFile)
            .Select(a => new { a.Slug, Published = a.PublishedAt!.Value, a.UpdatedAt, Image = a.FeaturedImage != null ? a.FeaturedImage.FilePath : null })
            .AsAsyncEnumerable();
        var sitemap = await SitemapWriter.StartAsync(context.Response, "urlset", ("image", SitemapWriter.ImageNamespace));
        await foreach (var article in articles.WithCancellation(cancellationToken))
        {
            await sitemap.UrlAsync(
                SitemapEndpoints.Absolute(origin, Article.PathFor(article.Published, article.Slug)),
                ArticleMonth.ChangedAt(article.Published, article.UpdatedAt),
                article.Image is null ? null : SitemapEndpoints.Absolute(origin, "/media/" + article.Image));
        }

        await sitemap.EndAsync();
    }
}
