using Dateline.Caching;
using Dateline.Editions;
using Dateline.Data;
using Dateline.Site;

namespace Dateline.Sitemaps;

/// <summary>The sitemaps and robots.txt, as minimal endpoints that write XML and text straight to the response.</summary>
public static class SitemapEndpoints
{
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    public static void AddSitemaps(this WebApplicationBuilder builder) =>
        builder.Services.AddSingleton(SitemapOptions.From(builder.Configuration));

    public static void MapSitemaps(this IEndpointRouteBuilder app)
    {
        // GET and HEAD alike: crawlers ask HEAD to see whether a file changed.
        app.MapMethods("/robots.txt", Methods, RobotsTxt.WriteAsync).CacheOutput(ReaderCache.Pages);
        app.MapMethods("/sitemap.xml", Methods, SitemapIndex.WriteAsync).CacheOutput(ReaderCache.Pages);
        app.MapMethods("/news-sitemap.xml", Methods, NewsSitemap.WriteAsync).CacheOutput(ReaderCache.Pages);
        app.MapMethods("/sitemaps/{name}", Methods, FileAsync).CacheOutput(ReaderCache.Pages);
    }

    /// <summary>An absolute address with anything outside ASCII (a Dari slug) percent-encoded, as the protocol asks.</summary>
    public static string Absolute(string origin, string path) => new Uri(origin + path).AbsoluteUri;

    private static async Task FileAsync(string name, HttpContext context, DatelineDb db, TimeProvider clock, SitemapOptions options, CancellationToken cancellationToken)
    {
        var file = SitemapFile.Parse(name);
        var now = clock.GetUtcNow().UtcDateTime;
        if (file is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
        else if (file.Kind == SitemapFile.Articles)
        {
            await ArticleSitemap.WriteAsync(context, db, file, now, options, cancellationToken);
        }
        else
        {
            await ListAsync(context, db, file, now, options, cancellationToken);
        }
    }

    private static async Task ListAsync(HttpContext context, DatelineDb db, SitemapFile file, DateTime now, SitemapOptions options, CancellationToken cancellationToken)
    {
        if (file.Part > 1 && file.Part > options.PartsFor(await PageLists.CountAsync(db, context.Edition().Id, file.Kind, now, cancellationToken)))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var origin = PublicOrigin.For(context);
        context.ShowsInCache(CacheTags.Sitemaps);
        var sitemap = await SitemapWriter.StartAsync(context.Response, "urlset");
        await foreach (var entry in PageLists.PartAsync(db, context.Edition().Id, file.Kind, now, file.Part, options.UrlsPerFile, cancellationToken))
        {
            await sitemap.UrlAsync(Absolute(origin, entry.Path), entry.LastModified);
        }

        await sitemap.EndAsync();
    }
}
