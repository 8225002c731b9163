using Dateline.Hosting;

namespace Dateline.Site;

/// <summary>
/// The scheme and host every absolute link the site hands out starts with: canonical links, OpenGraph, JSON-LD,
/// sitemaps, robots.txt. It is Dateline:PublicUrl when configured, so a forged Host header cannot put another
/// site's address into a page a cache or a search engine keeps; otherwise the request's own origin.
/// </summary>
public static class PublicOrigin
{
    /// <remarks>An edition's prefix ("/fa", in PathBase) is part of it, so every address a Dari page hands out stays Dari.</remarks>
    public static string For(HttpContext context) =>
        context.RequestServices.GetRequiredService<DatelineOptions>().PublicRoot(context.Request) + context.Request.PathBase;
}
