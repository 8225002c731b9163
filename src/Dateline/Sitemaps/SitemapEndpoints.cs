using Dateline.Editions;
using Dateline.Data;
using Dateline.Site;

namespace Dateline.Sitemaps;

/// <summary>The sitemaps and robots.txt, as minimal endpoints that write XML and text straight to the response.</summary>
public static class SitemapEndpoints
{
    public static void AddSitemaps(this WebApplicationBuilder builder) =>
        builder.Services.AddSingleton(SitemapOptions.From(builder.Configuration));

    public static void MapSitemaps(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", RobotsTxt.WriteAsync);
        app.MapGet("/sitemap.xml", SitemapIndex.WriteAsync);
        app.MapGet("/news-sitemap.xml", NewsSitemap.WriteAsync);
        app.MapGet("/sitemaps/{name}", FileAsync);
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
        context.Response.Headers.CacheControl = "public, max-age=300";
        var sitemap = await SitemapWriter.StartAsync(context.Response, "urlset");
        await foreach (var entry in PageLists.PartAsync(db, context.Edition().Id, file.Kind, now, file.Part, options.UrlsPerFile, cancellationToken))
        {
            await sitemap.UrlAsync(Absolute(origin, entry.Path), entry.LastModified);
        }

        await sitemap.EndAsync();
    }
}
