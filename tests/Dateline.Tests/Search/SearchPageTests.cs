namespace Dateline.Tests.Search;

[Collection(DemoSiteCollection.Name)]
public sealed class SearchPageTests(AppFixture site)
{
    [Fact]
    public async Task Search_finds_published_articles_by_headline()
    {
        var page = await site.Client.GetPageAsync("/search?q=" + Uri.EscapeDataString("Karakoram"));
        Assert.NotEmpty(page.QuerySelectorAll(".card"));
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("' OR 1=1; DROP TABLE \"Articles\"; --")]
    [InlineData("%_%")]
    [InlineData("کابل سیلاب")]
    [InlineData("🌧️ floods")]
    public async Task Any_query_string_returns_a_page(string query)
    {
        using var response = await site.Client.GetAsync("/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ten_kilobytes_of_query_returns_a_page()
    {
        using var response = await site.Client.GetAsync("/search?q=" + new string('a', 10_000));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
