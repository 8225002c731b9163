namespace Dateline.Tests.Search;

[Collection(DemoSiteCollection.Name)]
public sealed class SearchPageTests(AppFixture site)
{
    [Fact]
    public async Task Search_finds_published_articles_by_headline()
    {
        var page = await site.Client.GetPageAsync("/search?q=" + Uri.EscapeDataString("karakoram HIGHWAY"));
        var found = page.QuerySelectorAll(".card h3").Select(h => h.Text()).ToList();
        Assert.Contains("Landslide blocks Karakoram Highway north of Gilgit, stranding hundreds of travellers", found);
    }

    [Fact]
    public async Task WordPress_search_address_answers_301_to_the_search_page()
    {
        using var response = await site.Client.GetAsync("/?s=" + Uri.EscapeDataString("flood relief"));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/search?q=flood%20relief", response.Headers.Location!.OriginalString);
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
