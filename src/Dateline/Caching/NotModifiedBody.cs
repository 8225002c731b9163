using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Dateline.Caching;

/// <summary>
/// Answers 304 to a conditional GET whose response, rendered afresh, turns out to be the one the reader already has.
/// The output cache answers 304 only from a stored entry; when the entry was just evicted (a refill after a change
/// that did not touch this page, or the repeated eviction) the page is rendered again, and as its ETag is the hash of
/// its bytes, a CDN's or browser's copy is often still good. This sits between the output cache and the server: the
/// cache still stores the full response, and only the reader's copy of it becomes a 304.
/// </summary>
public sealed class NotModifiedBody(Stream inner, HttpContext context) : Stream
{
    private static readonly object AnsweredKey = new();

    private bool? notModified;

    /// <summary>Whether this response was rendered as a 200 and is sent as a 304: the output cache still stores the 200.</summary>
    public static bool Answered(HttpContext context) => context.Items.ContainsKey(AnsweredKey);

    public static bool IsConditional(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && (request.Headers.IfNoneMatch.Count > 0 || request.Headers.IfModifiedSince.Count > 0);

    public static async Task RunAsync(HttpContext context, RequestDelegate next)
    {
        var body = context.Response.Body;
        var conditional = new NotModifiedBody(body, context);
        context.Response.Body = conditional;
        try
        {
            await next(context);
            // A response with no body is decided here.
            conditional.Decide();
        }
        finally
        {
            context.Response.Body = body;
        }
    }

    /// <summary>The rules the output cache applies to its stored entries (RFC 9110, 13.2.2), applied to this response.</summary>
    public static bool Matches(IHeaderDictionary request, IHeaderDictionary response)
    {
        var ifNoneMatch = request.IfNoneMatch;
        if (!StringValues.IsNullOrEmpty(ifNoneMatch))
        {
            if (StringValues.IsNullOrEmpty(response.ETag) || !EntityTagHeaderValue.TryParse(response.ETag.ToString(), out var etag))
            {
                return false;
            }

            return EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
                && tags.Any(tag => tag.Tag.Equals("*") || etag.Compare(tag, useStrongComparison: false));
        }

        return HeaderUtilities.TryParseDate(request.IfModifiedSince.ToString(), out var since)
            && HeaderUtilities.TryParseDate(response.LastModified.ToString(), out var modified)
            && modified <= since;
    }

    private bool Decide()
    {
        if (notModified is { } decided)
        {
            return decided;
        }

        var response = context.Response;
        notModified = response.StatusCode == StatusCodes.Status200OK && !response.HasStarted && Matches(context.Request.Headers, response.Headers);
        if (notModified == true)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            context.Items[AnsweredKey] = true;
            // What describes the body goes with it; ETag, Cache-Control, Vary and the dates stay.
            response.ContentLength = null;
            response.Headers.ContentType = default;
            response.Headers.ContentEncoding = default;
        }

        return notModified.Value;
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
        Decide();
        inner.Flush();
    }

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        Decide();
        return inner.FlushAsync(cancellationToken);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (!Decide())
        {
            inner.Write(buffer);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        Decide() ? ValueTask.CompletedTask : inner.WriteAsync(buffer, cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
