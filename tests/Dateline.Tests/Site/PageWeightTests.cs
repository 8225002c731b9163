using System.Text;

namespace Dateline.Tests.Site;

/// <summary>What keeps a reader page fast on an old phone and a slow network, checked on the HTML the server sends.</summary>
[Collection(DemoSiteCollection.Name)]
public sealed class PageWeightTests(AppFixture site)
{
    // Ten TCP segments: what a server may send before the reader's first acknowledgement.
    private const int FirstRoundTripBytes = 10 * 1460;
    private const int StylesheetBudgetBytes = 12 * 1024;

    [Fact]
    public async Task Reader_stylesheet_is_small_and_cached_for_good()
    {
        var home = await site.Client.GetPageAsync("/");
        var href = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Contains("?v=", href);
        using var response = await site.Client.GetAsync(href);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.True(bytes.Length <= StylesheetBudgetBytes, $"site.css is {bytes.Length} bytes; the budget is {StylesheetBudgetBytes}.");
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Single(home.QuerySelectorAll("link[rel=stylesheet]"));
    }

    [Fact]
    public async Task Article_headline_and_lead_image_come_in_the_first_round_trip()
    {
        foreach (var path in await LatestArticlesAsync())
        {
            var html = Encoding.UTF8.GetBytes(await site.Client.GetStringAsync(path));
            var headline = IndexOf(html, "<h1");
            Assert.InRange(headline, 0, FirstRoundTripBytes);
            var leadImage = IndexOf(html, "<figure class=\"lead-image\"");
            Assert.InRange(leadImage, -1, FirstRoundTripBytes);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/category/world")]
    [InlineData("/author/imran-qazi")]
    public async Task Every_image_has_its_size_and_only_the_first_screen_loads_eagerly(string path)
    {
        var page = await site.Client.GetPageAsync(path);
        var images = page.QuerySelectorAll("img").ToList();
        Assert.NotEmpty(images);
        Assert.All(images, img =>
        {
            Assert.True(int.TryParse(img.GetAttribute("width"), out var width) && width > 0, $"{img.OuterHtml} has no width");
            Assert.True(int.TryParse(img.GetAttribute("height"), out var height) && height > 0, $"{img.OuterHtml} has no height");
        });
        Assert.All(page.QuerySelectorAll(".card img"), img => Assert.Equal("lazy", img.GetAttribute("loading")));
    }

    [Fact]
    public async Task Article_lead_image_is_fetched_first_and_not_lazily()
    {
        foreach (var path in await LatestArticlesAsync())
        {
            var article = await site.Client.GetPageAsync(path);
            if (article.QuerySelector(".lead-image img") is { } lead)
            {
                Assert.Equal("high", lead.GetAttribute("fetchpriority"));
                Assert.Null(lead.GetAttribute("loading"));
            }
        }
    }

    private async Task<IEnumerable<string>> LatestArticlesAsync() =>
        (await site.Client.GetPageAsync("/")).QuerySelectorAll(".card-headline a").Take(5).Select(a => a.GetAttribute("href")!);

    private static int IndexOf(byte[] html, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return html.AsSpan().IndexOf(needle);
    }
}
