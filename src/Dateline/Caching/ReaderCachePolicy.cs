using System.Globalization;
using Dateline.Comments;
using Dateline.Newsroom;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Dateline.Caching;

/// <summary>
/// Which reader requests share one stored response, and the headers that response carries. Anonymous GET and HEAD
/// only: a newsroom member (their sign-in cookie) always gets a fresh page, and on pages that show a reader's own held
/// comments (<paramref name="showsHeldComments"/>) so does a reader with the held-comments cookie. Entries vary by
/// host, edition (the path base), every query parameter and the compression the reader accepts, which is normalised to
/// br, gzip or none so that compression runs once per entry rather than once per request.
/// </summary>
public sealed class ReaderCachePolicy(ReaderCacheOptions options, bool showsHeldComments) : IOutputCachePolicy
{
    /// <summary>The response header a CDN purges by (Fastly's name; others read it too or map it).</summary>
    public const string SurrogateKey = "Surrogate-Key";

    private const string Encoding = "encoding";

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var request = context.HttpContext.Request;
        if (!options.Enabled || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || IsPersonal(request))
        {
            context.EnableOutputCaching = false;
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
            // Whatever this reader sees is theirs alone: no CDN or proxy keeps it.
            context.HttpContext.Response.OnStarting(static state =>
            {
                var response = (HttpResponse)state;
                response.Headers.CacheControl = "private, no-store";
                return Task.CompletedTask;
            }, context.HttpContext.Response);
            return;
        }

        await context.HttpContext.RequestServices.GetRequiredService<CacheEviction>().BeforeLookupAsync(cancellationToken);

        var encoding = Compression(request.Headers.AcceptEncoding);
        // The compression middleware reads the same header: it now makes exactly the variant this entry is keyed by.
        request.Headers.AcceptEncoding = encoding;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        // A hundred readers asking for the same missing page wait for one render instead of making a hundred.
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues[Encoding] = encoding;
        context.ResponseExpirationTimeSpan = options.Lifetime;
        context.Tags.Add(CacheTags.Site);
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        // Called once the response is complete: errors, redirects and anything that set a cookie are not stored. A 200
        // that reached a reader as a 304 (NotModifiedBody) is stored whole.
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK && !NotModifiedBody.Answered(context.HttpContext) || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || response.Headers.CacheControl.ToString().Contains("private", StringComparison.OrdinalIgnoreCase))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The headers of a response about to be stored, set before its first byte (see <see cref="HeldBody"/>): they are
    /// stored with it and sent with every copy. <paramref name="bodyHash"/> is the hash of the body as sent, null for
    /// one too large to hold.
    /// </summary>
    public static void SetHeaders(OutputCacheContext context, ReaderCacheOptions options, string? bodyHash)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK)
        {
            return;
        }

        // A strong validator names identical bytes: a refill that renders the same bytes, here or on another node,
        // keeps the ETag that CDNs and browsers hold, so they revalidate with a 304 instead of fetching it again.
        var encoding = context.CacheVaryByRules.VaryByValues.TryGetValue(Encoding, out var value) ? value : "identity";
        if (bodyHash is not null)
        {
            response.Headers.ETag = $"\"{bodyHash}-{encoding}\"";
        }
        else
        {
            // Too large to hold and hash before it goes out (HeldBody.Limit): Last-Modified alone validates it.
            response.Headers.Remove(HeaderNames.ETag);
        }

        if (StringValues.IsNullOrEmpty(response.Headers.LastModified))
        {
            // A feed knows its newest change; a page was last modified, as far as anyone can tell, when it was made.
            response.Headers.LastModified = DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture);
        }

        response.Headers.CacheControl = options.CacheControl;
        response.Headers[SurrogateKey] = string.Join(' ', context.Tags.Order(StringComparer.Ordinal));
    }

    private bool IsPersonal(HttpRequest request) =>
        request.Cookies.ContainsKey(NewsroomSite.CookieName)
        || request.Headers.ContainsKey(HeaderNames.Authorization)
        || showsHeldComments && request.Cookies.ContainsKey(HeldComments.CookieName);

    /// <summary>The one variant to store for this Accept-Encoding: Brotli where accepted, else gzip, else none.</summary>
    public static string Compression(StringValues acceptEncoding)
    {
        if (!StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var offered))
        {
            return "identity";
        }

        bool Accepts(string name) => offered.Any(o => o.Value.Equals(name, StringComparison.OrdinalIgnoreCase) && (o.Quality ?? 1) > 0);
        return Accepts("br") ? "br" : Accepts("gzip") ? "gzip" : "identity";
    }
}
