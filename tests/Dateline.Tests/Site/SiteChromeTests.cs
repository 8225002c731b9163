using Dateline.Newsroom;
using Dateline.Site;

namespace Dateline.Tests.Site;

[Collection(DemoSiteCollection.Name)]
public sealed class SiteChromeTests(AppFixture site)
{
    [Fact]
    public async Task Menu_and_ticker_never_render_script_links()
    {
        var marker = "Scripted " + Guid.NewGuid().ToString("N")[..8];
        await site.WithDbAsync(async db =>
        {
            db.MenuItems.Add(new MenuItem { Label = marker, Url = "javascript:alert(1)", Position = 99 });
            db.BreakingNews.Add(new BreakingNews { Text = marker, Url = " JavaScript:alert(1)", StartsAt = DateTime.UtcNow.AddMinutes(-1) });
            await db.SaveChangesAsync();
        });

        var page = await site.Client.GetPageAsync("/");
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("script:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(page.QuerySelectorAll(".breaking li"), li => li.TextContent.Contains(marker));
        Assert.DoesNotContain(page.QuerySelectorAll(".site-nav a"), a => a.TextContent.Contains(marker));
    }

    [Fact]
    public async Task Html_says_the_language_and_direction_of_the_site()
    {
        var page = await site.Client.GetPageAsync("/");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", page.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public async Task A_breaking_line_shows_from_its_start_in_a_page_rendered_afresh_without_any_write()
    {
        // The frame is kept between renders (SiteFrames): a line's start must end that by the clock alone. A newsroom
        // cookie makes each page render afresh, never from the reader cache, whose own eviction would hide the point.
        var marker = "Starting soon " + Guid.NewGuid().ToString("N")[..8];
        var starts = DateTime.UtcNow.AddSeconds(3);
        await site.WithDbAsync(async db =>
        {
            db.BreakingNews.Add(new BreakingNews { Text = marker, StartsAt = starts, ExpiresAt = starts.AddMinutes(1) });
            await db.SaveChangesAsync();
        });

        var before = await FreshRenderAsync();
        Assert.True(DateTime.UtcNow < starts, "The first render came after the line's start: the machine is too slow for this test's timing");
        Assert.DoesNotContain(marker, before);
        await Task.Delay(starts - DateTime.UtcNow + TimeSpan.FromMilliseconds(200));
        var after = await FreshRenderAsync();
        Assert.True(after.Contains(marker), $"Not in the ticker {DateTime.UtcNow - starts} after its start: "
            + System.Text.RegularExpressions.Regex.Match(after, "<[^>]*class=\"breaking[\\s\\S]{0,1000}").Value);
    }

    private async Task<string> FreshRenderAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", NewsroomSite.CookieName + "=not-signed-in");
        using var response = await site.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore == true, $"Cache-Control: {response.Headers.CacheControl}");
        return await response.Content.ReadAsStringAsync();
    }
}
