using Dateline.Caching;
using Dateline.Editions;
using Dateline.Articles;
using Dateline.Data;
using Dateline.Site;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Sitemaps;

/// <summary>/sitemap.xml: every file of the site's sitemap, months of articles newest first, then the lists of pages.</summary>
public static class SitemapIndex
{
    public static async Task WriteAsync(HttpContext context, DatelineDb db, TimeProvider clock, SitemapOptions options, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var origin = PublicOrigin.For(context);
        var months = await ArticleMonth.AllAsync(db.Articles.AsNoTracking().InEdition(context.Edition().Id), now, cancellationToken);
        var files = new List<(SitemapFile File, DateTime? LastModified)>();
        foreach (var month in months)
        {
            files.AddRange(Enumerable.Range(1, options.PartsFor(month.Count))
                .Select(part => (SitemapFile.ForMonth(month.Year, month.Month, part), (DateTime?)month.LastModified)));
        }

        foreach (var kind in SitemapFile.Lists)
        {
            var count = await PageLists.CountAsync(db, context.Edition().Id, kind, now, cancellationToken);
            var lastModified = kind == "pages"
                ? await db.StaticPages.AsNoTracking().Where(p => p.IsPublished).MaxAsync(p => (DateTime?)p.UpdatedAt, cancellationToken)
                : null;
            files.AddRange(Enumerable.Range(1, options.PartsFor(count)).Select(part => (SitemapFile.ForList(kind, part), lastModified)));
        }

        context.ShowsInCache(CacheTags.Sitemaps);

        var sitemap = await SitemapWriter.StartAsync(context.Response, "sitemapindex");
        foreach (var (file, lastModified) in files)
        {
            await sitemap.SitemapAsync(origin + file.Path, lastModified);
        }

        await sitemap.EndAsync();
    }
}
