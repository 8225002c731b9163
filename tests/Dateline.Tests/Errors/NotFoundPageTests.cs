namespace Dateline.Tests.Errors;

[Collection(DemoSiteCollection.Name)]
public sealed class NotFoundPageTests(AppFixture site)
{
    [Fact]
    public async Task Not_found_page_helps_with_a_search_box_and_the_latest_stories()
    {
        var page = await site.Client.GetPageAsync("/no-such-page-at-all", HttpStatusCode.NotFound);

        Assert.NotNull(page.QuerySelector("main form[role=search] input[name=q]"));
        Assert.True(page.QuerySelectorAll("main .card").Length >= 3);
        Assert.Single(page.QuerySelectorAll("h1"));
    }
}
