using System.Xml.Linq;
using Dateline.Articles;
using Microsoft.EntityFrameworkCore;
using static Dateline.Tests.Sitemaps.SitemapXml;

namespace Dateline.Tests.Sitemaps;

[Collection(DemoSiteCollection.Name)]
public sealed class SitemapTests(AppFixture site)
{
    private Task<List<Article>> PublishedAsync() =>
        site.WithDbAsync(db => db.Articles.AsNoTracking().Published(DateTime.UtcNow).Include(a => a.FeaturedImage).ToListAsync());

    [Fact]
    public async Task Index_lists_one_file_per_month_with_articles_each_dated_by_its_newest_change()
    {
        var articles = await PublishedAsync();
        var index = await site.Client.GetXmlAsync("/sitemap.xml");

        Assert.Equal(Sitemap + "sitemapindex", index.Root!.Name);
        var entries = index.Root.Elements(Sitemap + "sitemap")
            .ToDictionary(e => PathOf(e.Element(Sitemap + "loc")!.Value), e => e.Element(Sitemap + "lastmod")?.Value);
        var months = articles.GroupBy(a => (a.PublishedAt!.Value.Year, a.PublishedAt.Value.Month)).ToList();
        foreach (var month in months)
        {
            var newest = month.Max(a => a.UpdatedAt > a.PublishedAt ? a.UpdatedAt!.Value : a.PublishedAt!.Value);
            Assert.Equal(newest.ToString("yyyy-MM-ddTHH:mm:ssZ"), entries[$"/sitemaps/articles-{month.Key.Year:D4}-{month.Key.Month:D2}.xml"]);
        }

        Assert.Equal(months.Count, entries.Keys.Count(k => k.StartsWith("/sitemaps/articles-")));
        foreach (var list in new[] { "pages", "sections", "tags", "authors", "stories" })
        {
            Assert.Contains($"/sitemaps/{list}.xml", entries.Keys);
        }
    }

    [Fact]
    public async Task Each_month_lists_exactly_its_published_articles_with_dates_and_pictures()
    {
        var articles = await PublishedAsync();
        foreach (var month in articles.GroupBy(a => (a.PublishedAt!.Value.Year, a.PublishedAt.Value.Month)))
        {
            var file = await site.Client.GetXmlAsync($"/sitemaps/articles-{month.Key.Year:D4}-{month.Key.Month:D2}.xml");
            Assert.Equal(Sitemap + "urlset", file.Root!.Name);
            var urls = file.Root.Elements(Sitemap + "url").ToDictionary(u => PathOf(u.Element(Sitemap + "loc")!.Value));
            Assert.Equal(month.Select(a => a.Path).Order(), urls.Keys.Order());
            foreach (var article in month)
            {
                var url = urls[article.Path];
                var changed = article.UpdatedAt > article.PublishedAt ? article.UpdatedAt!.Value : article.PublishedAt!.Value;
                Assert.Equal(changed.ToString("yyyy-MM-ddTHH:mm:ssZ"), url.Element(Sitemap + "lastmod")!.Value);
                var image = url.Element(Image + "image")?.Element(Image + "loc")?.Value;
                Assert.Equal(article.FeaturedImage?.Url, image is null ? null : PathOf(image));
            }
        }
    }

    [Fact]
    public async Task Every_address_in_every_sitemap_answers_200()
    {
        var index = await site.Client.GetXmlAsync("/sitemap.xml");
        var pages = new HashSet<string>();
        foreach (var file in index.Locs())
        {
            Assert.StartsWith(site.BaseAddress.GetLeftPart(UriPartial.Authority) + "/sitemaps/", file);
            var sitemap = await site.Client.GetXmlAsync(PathOf(file));
            pages.UnionWith(sitemap.Locs().Select(PathOf));
            pages.UnionWith(sitemap.Descendants(Image + "loc").Select(l => PathOf(l.Value)));
        }

        Assert.Contains("/", pages);
        Assert.Contains(pages, p => p.StartsWith("/tag/"));
        Assert.Contains(pages, p => p.StartsWith("/author/"));
        Assert.Contains(pages, p => p.StartsWith("/story/"));
        Assert.Contains(pages, p => p.StartsWith("/category/"));
        Assert.Contains(pages, p => p.StartsWith("/media/"));
        foreach (var page in pages)
        {
            using var response = await site.Client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task News_sitemap_has_the_last_two_days_with_publication_language_date_and_title()
    {
        var since = DateTime.UtcNow.AddHours(-48);
        var recent = (await PublishedAsync()).Where(a => a.PublishedAt >= since.AddMinutes(1)).ToList();
        var news = await site.Client.GetXmlAsync("/news-sitemap.xml");

        Assert.Equal(Sitemap + "urlset", news.Root!.Name);
        var urls = news.Root.Elements(Sitemap + "url").ToDictionary(u => PathOf(u.Element(Sitemap + "loc")!.Value));
        Assert.NotEmpty(recent);
        Assert.All(recent, a => Assert.Contains(a.Path, urls.Keys));
        var all = (await PublishedAsync()).ToDictionary(a => a.Path);
        foreach (var (path, url) in urls)
        {
            var article = all[path];
            Assert.True(article.PublishedAt >= since.AddMinutes(-1), $"{path} is older than two days");
            var entry = url.Element(News + "news")!;
            Assert.Equal("The Frontier Ledger", entry.Element(News + "publication")!.Element(News + "name")!.Value);
            Assert.Equal("en", entry.Element(News + "publication")!.Element(News + "language")!.Value);
            Assert.Equal(article.PublishedAt!.Value.ToString("yyyy-MM-ddTHH:mm:ssZ"), entry.Element(News + "publication_date")!.Value);
            Assert.Equal(article.Headline, entry.Element(News + "title")!.Value);
        }
    }

    [Fact]
    public async Task Robots_txt_opens_the_site_closes_the_newsroom_and_names_both_sitemaps()
    {
        using var response = await site.Client.GetAsync("/robots.txt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.TrimEntries);
        var origin = site.BaseAddress.GetLeftPart(UriPartial.Authority);

        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Disallow: /admin/", lines);
        Assert.Contains("Disallow: /admin$", lines);
        Assert.DoesNotContain("Disallow: /", lines);
        Assert.Contains($"Sitemap: {origin}/sitemap.xml", lines);
        Assert.Contains($"Sitemap: {origin}/news-sitemap.xml", lines);
    }

    [Fact]
    public async Task An_unchanged_sitemap_answers_304_to_its_etag()
    {
        var month = (await PublishedAsync()).Select(a => a.PublishedAt!.Value).Max();
        foreach (var path in new[] { "/sitemap.xml", "/news-sitemap.xml", $"/sitemaps/articles-{month:yyyy}-{month:MM}.xml" })
        {
            using var first = await site.Client.GetAsync(path);
            var tag = first.Headers.ETag!;
            using var again = new HttpRequestMessage(HttpMethod.Get, path);
            again.Headers.IfNoneMatch.Add(tag);
            using var second = await site.Client.SendAsync(again);
            Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
            Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory]
    [InlineData("/sitemaps/articles-1999-01.xml")]
    [InlineData("/sitemaps/articles-2026-13.xml")]
    [InlineData("/sitemaps/tags-1.xml")]
    [InlineData("/sitemaps/tags-2.xml")]
    [InlineData("/sitemaps/secrets.xml")]
    public async Task A_sitemap_file_that_does_not_exist_is_404(string path)
    {
        using var response = await site.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
