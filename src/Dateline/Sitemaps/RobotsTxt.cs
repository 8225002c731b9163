using System.Text;
using Dateline.Editions;

namespace Dateline.Sitemaps;

/// <summary>/robots.txt: crawlers may read every reader page; it names every edition's sitemaps with absolute addresses.</summary>
public static class RobotsTxt
{
    public static async Task WriteAsync(HttpContext context)
    {
        // The site's root, not an edition's: robots.txt speaks for the whole host.
        var origin = context.RequestServices.GetRequiredService<Hosting.DatelineOptions>().PublicRoot(context.Request);
        var prefixes = context.Editions().Where(e => e.UrlPrefix.Length > 0).Select(e => "/" + e.UrlPrefix).ToList();
        var text = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Allow: /\n")
            // The newsroom: "/admin/" and the bare "/admin", but not a standing page such as /administration.
            .Append("Disallow: /admin/\n")
            .Append("Disallow: /admin$\n")
            // Search results are endless, thin pages made of the articles crawlers already find through the sitemaps;
            // search engines ask sites to keep them out. The empty search form itself (/search) stays open, as does
            // a standing page whose address merely begins with "search".
            .Append("Disallow: /search?\n")
            .Append("Disallow: /?s=\n");
        foreach (var prefix in prefixes)
        {
            text.Append("Disallow: ").Append(prefix).Append("/search?\n");
        }

        text.Append('\n')
            .Append("Sitemap: ").Append(origin).Append("/sitemap.xml\n")
            .Append("Sitemap: ").Append(origin).Append("/news-sitemap.xml\n");
        // Every edition has its own sitemaps under its prefix.
        foreach (var prefix in prefixes)
        {
            text.Append("Sitemap: ").Append(origin).Append(prefix).Append("/sitemap.xml\n")
                .Append("Sitemap: ").Append(origin).Append(prefix).Append("/news-sitemap.xml\n");
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "public, max-age=3600";
        await context.Response.WriteAsync(text.ToString(), context.RequestAborted);
    }
}
