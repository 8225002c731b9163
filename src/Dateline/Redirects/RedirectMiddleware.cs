using Dateline.Data;
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
        var target = await db.Redirects.AsNoTracking()
            .Where(r => r.FromPath == trimmed || r.FromPath == trimmed + "/")
            .Select(r => r.ToPath)
            .FirstOrDefaultAsync(context.RequestAborted);
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
}
