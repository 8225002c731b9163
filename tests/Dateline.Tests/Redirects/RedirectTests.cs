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
}
