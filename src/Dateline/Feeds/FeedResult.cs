using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;

namespace Dateline.Feeds;

/// <summary>
/// A feed document. Last-Modified is the newest entry's change; the ETag, Cache-Control and the 304 answers to feed
/// readers' polls come from the reader cache (Caching/ReaderCachePolicy), as for every other reader response.
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
        var response = httpContext.Response;
        if (lastModified is { } time)
        {
            // HTTP dates carry whole seconds.
            response.GetTypedHeaders().LastModified = new DateTimeOffset(FeedEntry.Utc(time).AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond)), TimeSpan.Zero);
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
