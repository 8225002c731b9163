using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using Microsoft.Net.Http.Headers;

namespace Dateline.Feeds;

/// <summary>
/// A feed document answered with conditional GET: the strong ETag is a hash of the very bytes sent, so it changes
/// exactly when the document does; Last-Modified is the newest entry's change. A reader that has it gets 304 and no body.
/// </summary>
public sealed class FeedResult(byte[] body, string mediaType, DateTime? lastModified) : IResult
{
    private static readonly XmlWriterSettings Xml = new() { Encoding = new UTF8Encoding(false), Indent = false };

    // Feeds are not HTML: non-ASCII headlines stay readable instead of becoming \u escapes.
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static FeedResult For(Feed feed, FeedFormat format) =>
        new(Render(stream =>
        {
            if (format == FeedFormat.Json)
            {
                using var json = new Utf8JsonWriter(stream, Json);
                JsonFeed.Write(json, feed);
            }
            else
            {
                using var xml = XmlWriter.Create(stream, Xml);
                (format == FeedFormat.Atom ? (Action<XmlWriter, Feed>)AtomFeed.Write : RssFeed.Write)(xml, feed);
            }
        }), format.MediaType(), feed.Entries.Count == 0 ? null : feed.Updated);

    /// <summary>For documents written outside the three article feeds (the comment feed).</summary>
    public static FeedResult Rss(Action<XmlWriter> write, DateTime? lastModified) =>
        new(Render(stream =>
        {
            using var xml = XmlWriter.Create(stream, Xml);
            write(xml);
        }), FeedFormat.Rss.MediaType(), lastModified);

    private static byte[] Render(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var request = httpContext.Request.GetTypedHeaders();
        var response = httpContext.Response;
        var headers = response.GetTypedHeaders();
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"");
        // HTTP dates carry whole seconds; the comparison below must use what the reader was sent.
        DateTimeOffset? modified = lastModified is { } time
            ? new DateTimeOffset(FeedEntry.Utc(time).AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond)), TimeSpan.Zero)
            : null;
        headers.ETag = etag;
        headers.LastModified = modified;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromMinutes(5) };

        // If-None-Match, when sent, decides alone (RFC 9110 13.2.2); a GET compares weakly.
        var notModified = request.IfNoneMatch.Count > 0
            ? request.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false))
            : request.IfModifiedSince is { } since && modified is { } last && last <= since;
        if (notModified)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = mediaType + "; charset=utf-8";
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.Body.WriteAsync(body, httpContext.RequestAborted);
        }
    }
}
