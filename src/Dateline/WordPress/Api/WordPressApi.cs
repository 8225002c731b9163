using Dateline.Caching;
using Dateline.Data;
using Dateline.Site;
using Microsoft.Extensions.Primitives;

namespace Dateline.WordPress.Api;

/// <summary>
/// A read-only WordPress REST API v2 at /wp-json/ (and WordPress's ?rest_route= form), shaped as the REST API
/// handbook documents it so WordPress clients read Dateline unchanged. Ids are Dateline's own, which an import makes
/// the WordPress ones (<see cref="KeptIds"/>); only what readers can see is served; every write is refused with
/// WordPress's code for an anonymous caller.
/// </summary>
public static class WordPressApi
{
    private static readonly string[] Methods =
        [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete, HttpMethods.Options];

    public static IReadOnlyList<ApiResource> Resources { get; } =
    [
        WordPressPosts.Resource,
        WordPressPages.Resource,
        WordPressMedia.Resource,
        WordPressTerms.Categories,
        WordPressTerms.Tags,
        WordPressUsers.Resource,
        WordPressComments.Resource,
        WordPressSearch.Resource,
    ];

    /// <summary>
    /// Runs after routing and ahead of the reader cache, so that "/?rest_route=" is never read from the home page's
    /// entries and the discovery Link header is on pages served from the cache too.
    /// </summary>
    public static void UseWordPressApi(this IApplicationBuilder app)
    {
        // Runs after routing: the home page is routed, but "/?rest_route=/wp/v2/posts" is answered here instead, and
        // every HTML page gets the discovery Link header clients start from.
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.Value is "/" or "/index.php" && context.Request.Query.TryGetValue("rest_route", out var restRoute))
            {
                await ServeAsync(context, restRoute.LastOrDefault() ?? "/", context.Request.Query.Where(p => p.Key != "rest_route"));
                return;
            }

            context.Response.OnStarting(() =>
            {
                if (context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true
                    && !context.Request.Path.StartsWithSegments("/admin"))
                {
                    context.Response.Headers.Append("Link", $"<{PublicOrigin.For(context)}/wp-json/>; rel=\"https://api.w.org/\"");
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
    }

    public static void MapWordPressApi(this WebApplication app)
    {
        app.MapMethods("/wp-json", Methods, (HttpContext context) => ServeAsync(context, "/", context.Request.Query))
            .CacheOutput(ReaderCache.Pages);
        app.MapMethods("/wp-json/{**route}", Methods, (HttpContext context, string? route) => ServeAsync(context, "/" + route, context.Request.Query))
            .CacheOutput(ReaderCache.Pages);
    }

    private static async Task ServeAsync(HttpContext context, string route, IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        var query = new ApiQuery(parameters);
        var normalized = "/" + route.Trim().Trim('/').ToLowerInvariant();
        // Its filters can select on nearly anything, so any change to what readers see evicts every API read.
        context.ShowsInCache(CacheTags.Api);
        try
        {
            var db = context.RequestServices.GetRequiredService<DatelineDb>();
            var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var site = await ApiRequest.ReadSiteAsync(db, context.RequestAborted);
            var request = new ApiRequest(context, db, query, now, PublicOrigin.For(context), site);
            var (answer, linkRoute) = await AnswerAsync(request, normalized);
            await ApiOutput.WriteAsync(context, query, answer, linkRoute);
        }
        catch (ApiError error)
        {
            await ApiOutput.WriteErrorAsync(context, query, error);
        }
        catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
        {
            context.RequestServices.GetRequiredService<ILogger<ApiRequest>>().LogError(e, "The WordPress API failed on {Route}", normalized);
            await ApiOutput.WriteErrorAsync(context, query, new ApiError("internal_server_error", "Something went wrong on our side.", StatusCodes.Status500InternalServerError));
        }
    }

    private static async Task<(ApiAnswer Answer, string LinkRoute)> AnswerAsync(ApiRequest request, string route)
    {
        var method = request.Http.Request.Method;
        var reading = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
        if (route == "/")
        {
            return reading ? (await WordPressIndex.RootAsync(request), route) : throw ApiError.NoRoute();
        }

        if (route == "/wp/v2")
        {
            return reading ? (WordPressIndex.Namespace(request), route) : throw ApiError.NoRoute();
        }

        var parts = route.Split('/');
        if (parts.Length is < 4 or > 5 || parts[1] != "wp" || parts[2] != "v2")
        {
            throw ApiError.NoRoute();
        }

        if (reading && WordPressTypes.Answer(request, parts) is { } described)
        {
            return (described, route);
        }

        if (Resources.FirstOrDefault(r => r.Name == parts[3]) is not { } resource)
        {
            throw ApiError.NoRoute();
        }

        if (parts.Length == 4)
        {
            if (HttpMethods.IsPost(method) && resource.Get is not null)
            {
                throw ApiError.Forbidden(resource.CreateCode, "This site's API only reads: nothing can be created through it.");
            }

            return reading ? (await resource.List(request), route) : throw ApiError.NoRoute();
        }

        if (resource.Name == "users" && parts[4] == "me")
        {
            throw reading ? ApiError.Forbidden("rest_not_logged_in", "Nobody is signed in to this API.") : ApiError.NoRoute();
        }

        if (resource.Get is null || parts[4].Length is 0 or > 10 || !parts[4].All(char.IsAsciiDigit) || !int.TryParse(parts[4], out var id))
        {
            throw ApiError.NoRoute();
        }

        if (HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method))
        {
            throw ApiError.Forbidden(resource.EditCode, "This site's API only reads: nothing can be changed through it.");
        }

        if (HttpMethods.IsDelete(method))
        {
            throw ApiError.Forbidden(resource.DeleteCode, "This site's API only reads: nothing can be deleted through it.");
        }

        return (await resource.Get(request, id), route);
    }
}
