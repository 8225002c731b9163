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
        await next(context);
        if (context.Response.StatusCode != StatusCodes.Status404NotFound || context.Response.HasStarted
            || !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        var path = context.Request.Path.Value;
        if (string.IsNullOrEmpty(path) || path.Length > Redirect.MaxPathLength)
        {
            return;
        }

        var trimmed = path.Length > 1 ? path.TrimEnd('/') : path;
        var db = context.RequestServices.GetRequiredService<DatelineDb>();
        var target = await FindAsync(db, trimmed, context.RequestAborted);
        // A feed follows its page: the feed of a moved section or renamed article moves with it.
        if (target is null && FeedFormats.Split(trimmed) is { } feed && await FindAsync(db, feed.Page, context.RequestAborted) is { } page)
        {
            target = page.TrimEnd('/') + feed.Format.Suffix();
        }

        // A redirect only ever leads elsewhere on this site, whatever an import wrote into the table.
        if (target is null || !LocalUrl.IsLocal(target))
        {
            return;
        }

        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = LocalUrl.ForHeader(target, context.Request.QueryString);
        context.Response.Headers.CacheControl = "public, max-age=3600";
    }

    private static Task<string?> FindAsync(DatelineDb db, string path, CancellationToken cancellationToken) =>
        db.Redirects.AsNoTracking()
            .Where(r => r.FromPath == path || r.FromPath == path + "/")
            .Select(r => r.ToPath)
            .FirstOrDefaultAsync(cancellationToken);
}
