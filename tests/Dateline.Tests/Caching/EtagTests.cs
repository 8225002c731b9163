using Dateline.Articles;
using Dateline.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.Tests.Caching;

/// <summary>
/// A stored response's ETag is the hash of its bytes as sent: a page evicted and rendered again to the same bytes (a
/// change elsewhere, a refill on another node) keeps it, so the copies readers and CDNs hold stay good.
/// </summary>
[Collection(CachedSiteCollection.Name)]
public sealed class EtagTests(CachedSite site)
{
    /// <summary>An article page at an address of this test's own (its query string), and the article's id.</summary>
    private async Task<(string Path, int Id)> OwnArticleAsync()
    {
        await site.QuietAsync();
        var article = await site.WithDbAsync(db => db.Articles.AsNoTracking().Published(DateTime.UtcNow).InEdition(1).OrderBy(a => a.Id).FirstAsync());
        return (article.Path + "?etag=" + Guid.NewGuid().ToString("N"), article.Id);
    }

    /// <summary>
    /// Evicts the article's pages straight from the store, once the page at the path is served from it. A render is
    /// stored after its last byte has gone to the client: evicting sooner can run before that store and leave the page
    /// stored. (The app's own evictions are repeated for this; see CacheEviction.)
    /// </summary>
    private async Task EvictStoredAsync(string path, int articleId, params (string Name, string Value)[] headers)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (response, _, commands) = await site.ReadAsync(path, headers);
            response.Dispose();
            if (commands == 0)
            {
                break;
            }

            Assert.True(attempt < 50, $"{path} was not served from the cache after {attempt} reads");
            await Task.Delay(20);
        }

        await site.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(CacheTags.Article(articleId), default);
    }

    [Theory]
    [InlineData("identity")]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_page_evicted_without_a_change_is_rendered_again_with_the_same_etag_and_the_old_one_still_answers_304(string encoding)
    {
        var (path, id) = await OwnArticleAsync();
        var accept = ("Accept-Encoding", encoding);
        var (first, body, _) = await site.ReadAsync(path, accept);
        var etag = first.Headers.ETag!.ToString();

        await EvictStoredAsync(path, id, accept);
        var (again, sameBody, rendered) = await site.ReadAsync(path, accept);
        Assert.True(rendered > 0, "rendered afresh");
        Assert.Null(again.Headers.Age);
        Assert.Equal(body, sameBody);
        Assert.Equal(etag, again.Headers.ETag!.ToString());

        var (notModified, empty, _) = await site.ReadAsync(path, accept, ("If-None-Match", etag));
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(empty);
        Assert.Equal(etag, notModified.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task A_conditional_request_that_meets_a_fresh_render_of_the_same_bytes_gets_304_and_the_render_is_stored_whole()
    {
        var (path, id) = await OwnArticleAsync();
        var (first, body, _) = await site.ReadAsync(path);
        var etag = first.Headers.ETag!.ToString();

        await EvictStoredAsync(path, id);
        var (notModified, empty, rendered) = await site.ReadAsync(path, ("If-None-Match", etag));
        Assert.True(rendered > 0, "rendered afresh");
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(empty);
        Assert.Equal(etag, notModified.Headers.ETag!.ToString());
        Assert.Null(notModified.Content.Headers.ContentType);

        var (stored, storedBody, _) = await site.ReadAsync(path);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.NotNull(stored.Headers.Age);
        Assert.Equal(etag, stored.Headers.ETag!.ToString());
        Assert.Equal(body, storedBody);
    }

    [Fact]
    public async Task A_head_request_answers_with_the_etag_its_get_gets_after_a_refill()
    {
        var (path, id) = await OwnArticleAsync();
        using var head = await site.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());

        await EvictStoredAsync(path, id);
        var (get, body, rendered) = await site.ReadAsync(path);
        Assert.True(rendered > 0, "rendered afresh");
        Assert.NotEmpty(body);
        Assert.Equal(head.Headers.ETag, get.Headers.ETag);
    }
}
