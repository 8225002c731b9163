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
}
