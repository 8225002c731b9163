using System.Net.Http.Headers;

namespace Dateline.Tests.Feeds;

/// <summary>Feed readers poll: a feed that has not changed answers 304 with no body, and HEAD answers like GET.</summary>
[Collection(FeedCollection.Name)]
public sealed class ConditionalGetTests(FeedSite site)
{
    public static TheoryData<string> Paths() => ["/feed", "/feed/atom", "/feed.json", "/category/{parent}/feed", "/tag/{tag}/feed.json", "{article}/feed"];

    private string Resolve(string path) => path.Replace("{parent}", site.Parent).Replace("{tag}", site.Tag).Replace("{article}", site.InChild.Path);

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_matching_etag_answers_304_with_no_body(string template)
    {
        var path = Resolve(template);
        using var first = await site.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Equal("public, max-age=5, stale-while-revalidate=60", first.Headers.CacheControl!.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await site.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag);

        using var other = new HttpRequestMessage(HttpMethod.Get, path);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        using var changed = await site.Client.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task If_modified_since_the_newest_change_answers_304_and_an_older_date_the_feed(string template)
    {
        var path = Resolve(template);
        using var first = await site.Client.GetAsync(path);
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var same = new HttpRequestMessage(HttpMethod.Get, path);
        same.Headers.IfModifiedSince = lastModified;
        using var notModified = await site.Client.SendAsync(same);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var older = new HttpRequestMessage(HttpMethod.Get, path);
        older.Headers.IfModifiedSince = lastModified.AddSeconds(-1);
        using var modified = await site.Client.SendAsync(older);
        Assert.Equal(HttpStatusCode.OK, modified.StatusCode);
        Assert.NotEmpty(await modified.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Head_answers_the_same_headers_without_a_body(string template)
    {
        var path = Resolve(template);
        using var get = await site.Client.GetAsync(path);
        using var head = await site.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
