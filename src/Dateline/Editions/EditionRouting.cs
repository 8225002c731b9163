using System.Globalization;

namespace Dateline.Editions;

/// <summary>
/// Finds the request's edition from the first segment of its path and moves that prefix into PathBase, so every page,
/// feed and sitemap answers under "/fa/…" exactly as at the root, and the request runs in the edition's culture.
/// The default edition's requests pass untouched: the English site keeps every address it had.
/// </summary>
public sealed class EditionRouting(RequestDelegate next, EditionDirectory directory)
{
    private static readonly string[] Shared = ["/admin", "/media", "/css", "/js", "/lib", "/healthz", "/error"];

    public async Task InvokeAsync(HttpContext context)
    {
        var editions = await directory.AllAsync(context.RequestAborted);
        var (edition, rest) = EditionDirectory.Split(editions, context.Request.Path.Value ?? "/");
        context.Features.Set(new CurrentEdition(edition, editions));
        if (edition.UrlPrefix.Length == 0)
        {
            await next(context);
            return;
        }

        // "/fa" alone is the edition's home page at its one address, "/fa/".
        if (rest.Length == 0)
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = "/" + edition.UrlPrefix + "/" + context.Request.QueryString;
            return;
        }

        var originalBase = context.Request.PathBase;
        var originalPath = context.Request.Path;
        var originalCulture = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        context.Request.PathBase = originalBase.Add("/" + edition.UrlPrefix);
        context.Request.Path = rest;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = edition.CultureInfo;
        // Redirects the pages answer with a site path ("/search?q=…") stay in the edition.
        context.Response.OnStarting(() =>
        {
            var location = context.Response.Headers.Location.ToString();
            if (location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal) && !IsShared(location)
                && !location.StartsWith(context.Request.PathBase + "/", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers.Location = context.Request.PathBase + location;
            }

            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.PathBase = originalBase;
            context.Request.Path = originalPath;
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = originalCulture;
        }
    }

    /// <summary>Paths every edition shares (the newsroom, media, site files): never given an edition's prefix.</summary>
    public static bool IsShared(string path) =>
        Shared.Any(s => path.StartsWith(s, StringComparison.OrdinalIgnoreCase) && (path.Length == s.Length || path[s.Length] is '/' or '?' or '.'));
}
