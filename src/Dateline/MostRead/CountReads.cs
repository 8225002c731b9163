using System.Buffers;

namespace Dateline.MostRead;

/// <summary>
/// Counts a read when a reader's GET of an article page answers 200. Runs after routing (for the slug) and around
/// everything after it, so a page served from an output cache counts the same. Previews, HEAD, redirects, errors and
/// crawlers do not count.
/// </summary>
public sealed class CountReads(RequestDelegate next, ReadCounter counter, TimeProvider clock)
{
    private const string ArticlePage = "/Articles/Show";

    // Searched for all at once, without a closure or a lowered copy of the header: this runs on every cached read too.
    private static readonly SearchValues<string> Robots = SearchValues.Create(
        ["bot", "crawl", "spider", "slurp", "preview", "facebookexternalhit", "lighthouse"], StringComparison.OrdinalIgnoreCase);

    public async Task InvokeAsync(HttpContext context)
    {
        var slug = HttpMethods.IsGet(context.Request.Method)
            && context.Request.RouteValues["page"] as string == ArticlePage
            && !context.Request.RouteValues.ContainsKey("id")
            && IsReader(context.Request.Headers.UserAgent.ToString())
                ? context.Request.RouteValues["slug"] as string
                : null;
        await next(context);
        if (slug is not null && context.Response.StatusCode == StatusCodes.Status200OK)
        {
            counter.Record(Site.Slug.Key(slug), clock.GetUtcNow().UtcDateTime);
        }
    }

    /// <summary>A browser says who it is; scripts that say nothing and crawlers that say so are not readers.</summary>
    public static bool IsReader(string userAgent) =>
        userAgent.Length > 0 && !userAgent.AsSpan().ContainsAny(Robots);
}
