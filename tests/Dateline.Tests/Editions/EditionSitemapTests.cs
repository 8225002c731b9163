using System.Xml.Linq;

namespace Dateline.Tests.Editions;

/// <summary>Crawlers find each edition's own sitemaps and feeds, every address in them under the edition's prefix.</summary>
[Collection(TwoEditionSiteCollection.Name)]
public sealed class EditionSitemapTests(TwoEditionSite site)
{
    private static readonly XNamespace Map = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Robots_txt_names_every_editions_sitemaps_and_keeps_crawlers_out_of_its_search()
    {
        var robots = await site.Client.GetStringAsync("/robots.txt");
        var origin = site.BaseAddress.GetLeftPart(UriPartial.Authority);

        Assert.Contains($"Sitemap: {origin}/sitemap.xml\n", robots);
        Assert.Contains($"Sitemap: {origin}/fa/sitemap.xml\n", robots);
        Assert.Contains($"Sitemap: {origin}/fa/news-sitemap.xml\n", robots);
        Assert.Contains("Disallow: /fa/search?\n", robots);
    }

    [Fact]
    public async Task The_dari_sitemap_index_and_its_files_hold_only_dari_addresses()
    {
        var index = XDocument.Parse(await site.Client.GetStringAsync("/fa/sitemap.xml"));
        var files = index.Descendants(Map + "loc").Select(l => new Uri(l.Value)).ToList();
        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.StartsWith("/fa/", file.AbsolutePath));

        var addresses = new List<string>();
        foreach (var file in files)
        {
            var sitemap = XDocument.Parse(await site.Client.GetStringAsync(file.PathAndQuery));
            addresses.AddRange(sitemap.Descendants(Map + "loc").Select(l => new Uri(l.Value).AbsolutePath));
        }

        Assert.Contains("/fa/category/eqtesad", addresses);
        Assert.Contains(addresses, a => a.EndsWith("/ghoryan-zafaran-bardasht", StringComparison.Ordinal));
        Assert.All(addresses, a => Assert.StartsWith("/fa/", a));
    }

    [Fact]
    public async Task A_dari_section_has_its_own_feed()
    {
        var feed = XDocument.Parse(await site.Client.GetStringAsync("/fa/category/eqtesad/feed"));
        var links = feed.Descendants("item").Select(i => new Uri((string)i.Element("link")!).AbsolutePath).ToList();

        Assert.Contains(links, l => l.EndsWith("/ghoryan-zafaran-bardasht", StringComparison.Ordinal));
        Assert.All(links, l => Assert.StartsWith("/fa/", l));
    }
}
