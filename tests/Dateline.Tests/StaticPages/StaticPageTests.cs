namespace Dateline.Tests.StaticPages;

[Collection(DemoSiteCollection.Name)]
public sealed class StaticPageTests(AppFixture site)
{
    [Fact]
    public async Task About_page_renders_and_is_linked_from_every_footer()
    {
        var page = await site.Client.GetPageAsync("/about");
        Assert.Equal("About us - The Frontier Ledger", page.Title);
        var home = await site.Client.GetPageAsync("/");
        Assert.Contains("/about", home.QuerySelectorAll(".site-footer a").Select(a => a.GetAttribute("href")));
    }
}
