using Dateline.Data;
using Dateline.Feeds;
using Dateline.Site;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Redirects;

/// <summary>
/// When a request would end in 404, looks its path up in the Redirect table and answers 301 instead.
/// Only misses pay for the lookup, so live pages cost nothing extra.
/// </summary>
public sealed class RedirectMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // An imported WordPress site's "/?p=12" would be answered by the home page, so those few forms are looked up first.
        if (ImportedIdPath(context.Request) is { } idPath && await TryRedirectAsync(context, idPath, default))
        {
            return;
        }

        await next(context);
        if (context.Response.StatusCode != StatusCodes.Status404NotFound || context.Response.HasStarted
            || !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        // Rows hold whole site paths, an edition's prefix included.
        var path = (context.Request.PathBase + context.Request.Path).Value;
        if (string.IsNullOrEmpty(path) || path.Length > Redirect.MaxPathLength)
        {
            return;
        }

        var trimmed = path.Length > 1 ? path.TrimEnd('/') : path;
        await TryRedirectAsync(context, trimmed, context.Request.QueryString);
    }

    private static async Task<bool> TryRedirectAsync(HttpContext context, string trimmed, QueryString keep)
    {
        var db = context.RequestServices.GetRequiredService<DatelineDb>();
        var target = await FindAsync(db, trimmed, context.RequestAborted);
        // A feed follows its page: the feed of a moved section or renamed article (WordPress's comment feed of an old
        // post) moves with it, so an import needs no row of its own for each item's feed. Static pages carry no feed,
        // so the old feed of a page leads to the page itself.
        if (target is null && FeedFormats.Split(trimmed) is { } feed && await FindAsync(db, feed.Page, context.RequestAborted) is { } page)
        {
            var slug = page.Trim('/');
            target = await db.StaticPages.AnyAsync(p => p.Slug == slug, context.RequestAborted) ? page : page.TrimEnd('/') + feed.Format.Suffix();
        }

        // A redirect only ever leads elsewhere on this site, whatever an import wrote into the table; "/a/feed/" may lead
        // to "/a/feed", but a row never sends a request back to itself.
        if (target is null || !LocalUrl.IsLocal(target) || target == (context.Request.PathBase + context.Request.Path).Value)
        {
            return false;
        }

        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = LocalUrl.ForHeader(target, keep);
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return true;
    }

    /// <summary>"/?p=12" for a request of the home page (or /index.php) with one of WordPress's id parameters, else null.</summary>
    private static string? ImportedIdPath(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) || !request.QueryString.HasValue
            || request.Path.Value is not ("/" or "" or "/index.php"))
        {
            return null;
        }

        foreach (var parameter in WordPress.WordPressRedirects.IdParameters)
        {
            if (request.Query.TryGetValue(parameter, out var value) && value.Count == 1 && value[0] is { Length: > 0 and < 20 } id && id.All(char.IsAsciiDigit))
            {
                return WordPress.WordPressRedirects.ForId(parameter, id);
            }
        }

        return null;
    }

    private static Task<string?> FindAsync(DatelineDb db, string path, CancellationToken cancellationToken) =>
        db.Redirects.AsNoTracking()
            .Where(r => r.FromPath == path || r.FromPath == path + "/")
            .Select(r => r.ToPath)
            .FirstOrDefaultAsync(cancellationToken);
}
