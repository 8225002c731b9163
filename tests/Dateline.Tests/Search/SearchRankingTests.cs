namespace Dateline.Tests.Search;

[Collection(SearchSiteCollection.Name)]
public sealed class SearchRankingTests(SearchSite site)
{
    [Fact]
    public async Task A_headline_match_ranks_above_a_body_only_match() =>
        Assert.Equal(["Glacier melt reshapes valley farms", "Farmers adapt to a changing season"], await site.HeadlinesAsync("q=glacier"));

    [Fact]
    public async Task Every_word_must_match()
    {
        Assert.Equal(["Farmers adapt to a changing season"], await site.HeadlinesAsync("q=glacier+canals"));
        Assert.Empty(await site.HeadlinesAsync("q=glacier+lighthouse"));
    }

    [Fact]
    public async Task A_quoted_phrase_needs_its_words_together_and_in_order()
    {
        Assert.Equal(["Dam opens on schedule", "Water levels fall"], (await site.HeadlinesAsync("q=river+barrage")).Order());
        Assert.Equal(["Dam opens on schedule"], await site.HeadlinesAsync("q=" + Uri.EscapeDataString("\"river barrage\"")));
    }

    [Fact]
    public async Task A_trailing_star_matches_the_start_of_a_word()
    {
        Assert.Equal(["Bridge reconstruction begins"], await site.HeadlinesAsync("q=recons*"));
        Assert.Empty(await site.HeadlinesAsync("q=recons"));
    }

    [Fact]
    public async Task Stemming_finds_other_forms_of_an_English_word() =>
        Assert.Equal(["Glacier melt reshapes valley farms"], await site.HeadlinesAsync("q=reshaping+farm"));

    [Fact]
    public async Task A_minus_leaves_out_articles_with_that_word() =>
        Assert.Equal(["Glacier melt reshapes valley farms"], await site.HeadlinesAsync("q=glacier+-farmers"));

    [Fact]
    public async Task OR_accepts_either_word() =>
        Assert.Equal(["Bridge reconstruction begins", "Dam opens on schedule"], (await site.HeadlinesAsync("q=reconstruction+OR+dam")).Order());

    [Fact]
    public async Task English_stop_words_are_not_required()
    {
        Assert.Equal(["Glacier melt reshapes valley farms", "Farmers adapt to a changing season"], await site.HeadlinesAsync("q=the+glacier"));
        using var response = await site.Client.GetAsync("/search?q=the+of+and");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Results_show_the_count_section_date_and_a_marked_snippet()
    {
        var page = await site.Client.GetPageAsync("/search?q=glacier");
        Assert.Equal("2 results", page.QuerySelector(".search-count")!.Text());
        var second = page.QuerySelectorAll(".search-results > li")[1];
        Assert.Equal("World", second.QuerySelector(".card-section a")!.Text());
        Assert.Equal("/category/world", second.QuerySelector(".card-section a")!.GetAttribute("href"));
        Assert.NotNull(second.QuerySelector("time[datetime]"));
        Assert.StartsWith("/20", second.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal("glacier", second.QuerySelector(".excerpt mark")!.Text());
        Assert.Contains("feeds the canals", second.QuerySelector(".excerpt")!.Text());
    }

    [Fact]
    public async Task A_search_with_nothing_found_says_so()
    {
        var page = await site.Client.GetPageAsync("/search?q=zeppelin");
        Assert.Empty(page.QuerySelectorAll(".search-results"));
        Assert.Contains("No stories matched your search.", page.QuerySelector("main")!.Text());
        Assert.Equal("Search: zeppelin - Dateline", page.Title);
    }
}
