using Dateline.Redirects;

namespace Dateline.Tests.Redirects;

[Collection(DemoSiteCollection.Name)]
public sealed class RedirectTests(AppFixture site)
{
    [Theory]
    [InlineData("/old-site/2011/some-story.html", "/about")]
    [InlineData("/archives/12345/", "/category/world")]
    public async Task Every_redirect_row_answers_301_to_its_new_path(string from, string to)
    {
        var unique = from.Replace("/old-site", "/old-site-" + Guid.NewGuid().ToString("N")[..8]);
        await site.WithDbAsync(async db =>
        {
            db.Redirects.Add(new Redirect { FromPath = unique, ToPath = to, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });

        using var response = await site.Client.GetAsync(unique);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(to, response.Headers.Location!.OriginalString);
        using var followed = await site.Client.GetAsync(to);
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
    }

    [Fact]
    public async Task A_live_page_is_never_shadowed_by_a_redirect()
    {
        await site.WithDbAsync(async db =>
        {
            db.Redirects.Add(new Redirect { FromPath = "/contact", ToPath = "/about", CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        using var response = await site.Client.GetAsync("/contact");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_redirect_keeps_the_query_string_and_merges_it_with_the_target_query()
    {
        var from = "/old-" + Guid.NewGuid().ToString("N")[..8];
        await AddAsync(from, "/search?q=floods");
        using var response = await site.Client.GetAsync(from + "?utm_source=feed");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/search?q=floods&utm_source=feed", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_non_ascii_target_is_percent_encoded()
    {
        var from = "/old-" + Guid.NewGuid().ToString("N")[..8];
        await AddAsync(from, "/tag/کابل-café");
        using var response = await site.Client.GetAsync(from);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/tag/%DA%A9%D8%A7%D8%A8%D9%84-caf%C3%A9", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("//evil.example/x")]
    [InlineData("/\\evil.example/x")]
    [InlineData("https://evil.example/x")]
    public async Task A_redirect_never_leads_off_the_site(string target)
    {
        var from = "/old-" + Guid.NewGuid().ToString("N")[..8];
        await AddAsync(from, target);
        using var response = await site.Client.GetAsync(from);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/about/", "/about")]
    [InlineData("/ABOUT", "/about")]
    [InlineData("/category/World/Asia", "/category/world/asia")]
    [InlineData("/category/world/?page=2", "/category/world?page=2")]
    [InlineData("/Tag/Floods", "/tag/floods")]
    public async Task Other_spellings_of_a_page_answer_301_to_its_canonical_address(string path, string canonical)
    {
        using var response = await site.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
    }

    private Task AddAsync(string from, string to) => site.WithDbAsync(async db =>
    {
        db.Redirects.Add(new Redirect { FromPath = from, ToPath = to, CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    });
}
