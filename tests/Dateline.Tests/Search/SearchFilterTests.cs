namespace Dateline.Tests.Search;

[Collection(SearchSiteCollection.Name)]
public sealed class SearchFilterTests(SearchSite site)
{
    [Fact]
    public async Task A_section_takes_in_its_sub_sections()
    {
        Assert.Equal(["Harbourmaster named in the east", "Harbourmaster retires"], (await site.HeadlinesAsync("q=harbourmaster&section=world")).Order());
        Assert.Equal(["Harbourmaster named in the east"], await site.HeadlinesAsync("q=harbourmaster&section=world/asia"));
        Assert.Equal(["Harbourmaster cup final"], await site.HeadlinesAsync("q=harbourmaster&section=sport"));
    }

    [Fact]
    public async Task An_author_keeps_only_their_articles() =>
        Assert.Equal(["Harbourmaster cup final", "Harbourmaster named in the east"], (await site.HeadlinesAsync("q=harbourmaster&author=amina-rahimi")).Order());

    [Fact]
    public async Task Dates_bound_the_publication_day_inclusively()
    {
        Assert.Equal(["Harbourmaster retires"], await site.HeadlinesAsync("q=harbourmaster&from=2024-06-15&to=2024-12-31"));
        Assert.Equal(["Harbourmaster named in the east", "Harbourmaster retires"], (await site.HeadlinesAsync("q=harbourmaster&to=2024-06-15")).Order());
        Assert.Equal(["Harbourmaster cup final"], await site.HeadlinesAsync("q=harbourmaster&from=2025-01-01"));
    }

    [Theory]
    [InlineData("2024-13-45")]
    [InlineData("yesterday")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task A_date_that_is_not_one_is_left_out_with_a_note(string date)
    {
        var page = await site.Client.GetPageAsync("/search?q=harbourmaster&from=" + Uri.EscapeDataString(date) + "&to=" + Uri.EscapeDataString(date));
        Assert.Equal(3, page.QuerySelectorAll(".search-results > li").Length);
        Assert.Contains(date, page.QuerySelector(".notice")!.Text());
        Assert.Equal("", page.QuerySelector("#search-from")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task An_unknown_section_or_author_is_left_out_with_a_note()
    {
        var page = await site.Client.GetPageAsync("/search?q=harbourmaster&section=nowhere&author=nobody");
        Assert.Equal(3, page.QuerySelectorAll(".search-results > li").Length);
        Assert.Equal(2, page.QuerySelectorAll(".notice").Length);
    }

    [Fact]
    public async Task Newest_first_orders_by_publication() =>
        Assert.Equal(["Harbourmaster cup final", "Harbourmaster retires", "Harbourmaster named in the east"], await site.HeadlinesAsync("q=harbourmaster&sort=newest"));

    [Fact]
    public async Task The_form_shows_the_filters_in_force()
    {
        var page = await site.Client.GetPageAsync("/search?q=harbourmaster&section=world/asia&author=james-cole&from=2024-01-01&sort=newest&per=20");
        Assert.Equal("world/asia", page.QuerySelector("#search-section option[selected]")!.GetAttribute("value"));
        Assert.Equal("james-cole", page.QuerySelector("#search-author option[selected]")!.GetAttribute("value"));
        Assert.Equal("2024-01-01", page.QuerySelector("#search-from")!.GetAttribute("value"));
        Assert.Equal("newest", page.QuerySelector("input[name=sort][checked]")!.GetAttribute("value"));
        Assert.Equal("20", page.QuerySelector("#search-per option[selected]")!.GetAttribute("value"));
        Assert.Equal(["World", "Asia", "Afghanistan", "Sport"], page.QuerySelectorAll("#search-section option").Skip(1).Select(o => o.Text().Trim()));
    }

    [Fact]
    public async Task Results_are_paged_ten_or_twenty_at_a_time_with_the_filters_kept()
    {
        var first = await site.Client.GetPageAsync("/search?q=lighthouse&sort=newest");
        Assert.Equal("25 results", first.QuerySelector(".search-count")!.Text());
        Assert.Equal(10, first.QuerySelectorAll(".search-results > li").Length);
        Assert.Equal("Lighthouse log 25", first.QuerySelector(".search-results h3")!.Text());
        var next = first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal("/search?q=lighthouse&sort=newest&page=2", next);

        var third = await site.Client.GetPageAsync("/search?q=lighthouse&sort=newest&page=3");
        Assert.Equal(["Lighthouse log 5", "Lighthouse log 4", "Lighthouse log 3", "Lighthouse log 2", "Lighthouse log 1"],
            third.QuerySelectorAll(".search-results h3").Select(h => h.Text()));
        Assert.Null(third.QuerySelector(".pagination a[rel=next]"));

        Assert.Equal(20, (await site.HeadlinesAsync("q=lighthouse&per=20")).Count);
        Assert.Equal(10, (await site.HeadlinesAsync("q=lighthouse&per=500")).Count);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("51")]
    [InlineData("100000")]
    [InlineData("0")]
    [InlineData("x")]
    public async Task A_page_past_the_results_or_the_cap_is_not_found(string page)
    {
        using var response = await site.Client.GetAsync("/search?q=lighthouse&page=" + page);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
