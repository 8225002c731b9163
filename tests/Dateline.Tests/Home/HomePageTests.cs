namespace Dateline.Tests.Home;

[Collection(DemoSiteCollection.Name)]
public sealed class HomePageTests(AppFixture site)
{
    [Fact]
    public async Task Home_shows_lead_story_latest_a_block_per_top_section_and_the_ticker()
    {
        var page = await site.Client.GetPageAsync("/");

        Assert.Equal("The Frontier Ledger", page.Title);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.NotNull(page.QuerySelector(".lead-story h3 a[href]"));
        Assert.True(page.QuerySelectorAll(".latest .card").Length >= 6);
        var blocks = page.QuerySelectorAll(".section-block h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/category/world", blocks);
        Assert.Contains("/category/sport", blocks);
        Assert.NotEmpty(page.QuerySelectorAll(".breaking li"));
        Assert.NotNull(page.QuerySelector("form[role=search][action='/search'] input[name=q]"));
        Assert.True(page.QuerySelectorAll(".site-nav a").Length >= 5);
    }
}
