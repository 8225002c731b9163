namespace Dateline.Tests.Search;

/// <summary>The result count is a counted label (Site/Plurals): "1 result", never "1 results", and "2 results".</summary>
[Collection(SearchSiteCollection.Name)]
public sealed class SearchCountTests(SearchSite site)
{
    [Fact]
    public async Task One_result_is_counted_in_the_singular_and_two_in_the_plural()
    {
        var word = "w" + Guid.NewGuid().ToString("N")[..10];
        await site.PublishAsync($"Counted story {word}", "<p>Once.</p>");

        var one = await site.Client.GetPageAsync("/search?q=" + word);
        Assert.Equal("1 result", one.QuerySelector(".search-count")!.Text());

        await site.PublishAsync($"Counted again {word}", "<p>Twice.</p>");
        var two = await site.Client.GetPageAsync("/search?q=" + word);
        Assert.Equal("2 results", two.QuerySelector(".search-count")!.Text());
    }
}
