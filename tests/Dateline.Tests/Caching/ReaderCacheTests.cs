using System.Net.Http.Headers;
using Dateline.Articles;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Caching;

/// <summary>What a reader's request costs once its page is stored, and what a stored response says about itself.</summary>
[Collection(CachedSiteCollection.Name)]
public sealed class ReaderCacheTests(CachedSite site)
{
    /// <summary>
    /// One address of every kind of reader response, with the most SQL commands its uncached render may take. The
    /// numbers are fixed: a list that grew a query per item (N+1) would pass them at once.
    /// </summary>
    public static TheoryData<string, int> Pages() => new()
    {
        { "/", 12 },
        { "{article}", 16 },
        { "{section}", 10 },
        { "{tag}", 8 },
        { "{author}", 8 },
        { "{story}", 8 },
        { "/search?q=kabul", 20 },
        { "/feed", 10 },
        // Two statements per month that has articles (a seek and one aggregate over the month's index range), then the
        // page lists: months, never articles. The demo spans a handful of months.
        { "/sitemap.xml", 24 },
        { "/wp-json/wp/v2/posts", 12 },
        { "/fa/", 12 },
    };

    private async Task<string> ResolveAsync(string path)
    {
        if (!path.StartsWith('{'))
        {
            return path;
        }

        var article = await site.FullyLinkedArticleAsync();
        return path switch
        {
            "{article}" => article.Path,
            "{section}" => article.PrimarySection.Url,
            "{tag}" => article.Tags[0].Url,
            "{author}" => article.Bylines[0].Author.Url,
            "{story}" => article.Story!.Url,
            _ => throw new ArgumentException(path),
        };
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_stored_page_is_served_again_without_touching_the_database(string template, int limit)
    {
        var path = await ResolveAsync(template);
        // A query string no other test uses: this render is certainly not stored yet.
        var fresh = path + (path.Contains('?') ? "&" : "?") + "fresh=" + Guid.NewGuid().ToString("N");
        // An earlier test's repeated eviction would otherwise clear this page between the two reads.
        await site.QuietAsync();
        var (first, body, rendered) = await site.ReadAsync(fresh);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.InRange(rendered, 1, limit);

        var (second, again, commands) = await site.ReadAsync(fresh);
        Assert.Equal(0, commands);
        Assert.Equal(body, again);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task A_stored_response_carries_a_strong_etag_dates_cdn_caching_and_its_surrogate_keys()
    {
        var path = await ResolveAsync("{article}");
        var id = await site.WithDbAsync(db => db.Articles.Where(a => a.Slug == path.Split('/', StringSplitOptions.RemoveEmptyEntries).Last()).Select(a => a.Id).FirstAsync());
        var (response, _, _) = await site.ReadAsync(path);

        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.NotNull(response.Content.Headers.LastModified);
        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl.Public);
        Assert.NotNull(cacheControl.MaxAge);
        Assert.Contains(cacheControl.Extensions, e => e.Name == "stale-while-revalidate");
        var keys = response.Headers.GetValues("Surrogate-Key").Single().Split(' ');
        Assert.Contains($"article:{id}", keys);
        Assert.Contains("site", keys);
    }

    [Fact]
    public async Task If_none_match_with_the_stored_etag_answers_304_without_a_body_and_another_etag_the_page()
    {
        var path = await ResolveAsync("{section}");
        await site.SteadyAsync(path);
        var (stored, _, _) = await site.ReadAsync(path);
        var etag = stored.Headers.ETag!.ToString();

        // From the store, or from a render that an earlier test's repeated eviction caused: the same bytes either way.
        var (notModified, empty, _) = await site.ReadAsync(path, ("If-None-Match", etag));
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(empty);
        Assert.Equal(etag, notModified.Headers.ETag!.ToString());

        var (changed, body, _) = await site.ReadAsync(path, ("If-None-Match", "\"not-this-one\""));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEmpty(body);
    }

    [Theory]
    [InlineData("{article}")]
    [InlineData("/sitemap.xml")]
    [InlineData("/news-sitemap.xml")]
    [InlineData("/feed")]
    public async Task Head_answers_from_the_stored_get_with_its_headers_and_no_body(string template)
    {
        var path = await ResolveAsync(template);
        await site.SteadyAsync(path);
        var (get, body, _) = await site.ReadAsync(path);
        using var head = await site.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.NotEmpty(body);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Compressed_copies_are_stored_once_each_with_their_own_etag(string encoding)
    {
        var path = await ResolveAsync("{article}");
        await site.SteadyAsync(path);
        var (plain, text, _) = await site.ReadAsync(path);
        var (first, _, _) = await site.ReadAsync(path, ("Accept-Encoding", encoding + ", identity;q=0.5"));
        var (second, _, commands) = await site.ReadAsync(path, ("Accept-Encoding", encoding));

        Assert.Equal(encoding, first.Content.Headers.ContentEncoding.Single());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.NotEqual(plain.Headers.ETag, first.Headers.ETag);
        Assert.Equal(0, commands);
        Assert.Contains("Accept-Encoding", first.Headers.Vary);
        Assert.True(first.Content.Headers.ContentLength < text.Length / 2, "the stored copy is compressed");
    }

    [Fact]
    public async Task A_signed_in_newsroom_member_gets_a_fresh_private_page()
    {
        var path = await ResolveAsync("{article}");
        await site.SteadyAsync(path);
        var (response, _, commands) = await site.ReadAsync(path, ("Cookie", "dateline_newsroom=anything"));

        Assert.True(commands > 0, "the page was rendered for the member");
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true });
        Assert.False(response.Headers.Contains("Surrogate-Key"));
    }

    [Fact]
    public async Task A_reader_with_held_comments_gets_a_fresh_article_page_and_shared_copies_of_the_rest()
    {
        var article = await ResolveAsync("{article}");
        var section = await ResolveAsync("{section}");
        await site.SteadyAsync(article);
        await site.SteadyAsync(section);

        var (own, _, rendered) = await site.ReadAsync(article, ("Cookie", "dateline_held=anything"));
        Assert.True(rendered > 0);
        Assert.True(own.Headers.CacheControl!.NoStore);
        var (_, _, shared) = await site.ReadAsync(section, ("Cookie", "dateline_held=anything"));
        Assert.Equal(0, shared);
    }

    [Fact]
    public async Task The_dari_and_english_front_pages_are_stored_apart()
    {
        await site.SteadyAsync("/");
        await site.SteadyAsync("/fa/");
        var english = await Html.ParseAsync((await site.ReadAsync("/")).Body);
        var (_, dariBody, commands) = await site.ReadAsync("/fa/");
        var dari = await Html.ParseAsync(dariBody);

        Assert.Equal(0, commands);
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("fa", dari.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", dari.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public async Task An_address_in_other_letters_is_redirected_not_served_the_stored_page()
    {
        var path = await ResolveAsync("{article}");
        await site.SteadyAsync(path);
        var (response, _, _) = await site.ReadAsync(path.ToUpperInvariant());
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
    }

    [Fact]
    public async Task Posts_are_never_answered_from_the_cache()
    {
        var path = await ResolveAsync("{article}");
        await site.SteadyAsync(path);
        using var post = await site.Client.PostAsync(path + "?handler=Comment", new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
    }
}
