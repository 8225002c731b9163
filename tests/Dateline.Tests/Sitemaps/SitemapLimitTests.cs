using Dateline.Articles;
using Microsoft.EntityFrameworkCore;
using static Dateline.Tests.Sitemaps.SitemapXml;

namespace Dateline.Tests.Sitemaps;

[Collection(SitemapCollection.Name)]
public sealed class SitemapLimitTests(SitemapSite site)
{
    [Fact]
    public async Task A_month_over_the_limit_is_split_into_numbered_parts_that_together_list_it_once()
    {
        var index = (await site.Client.GetXmlAsync("/sitemap.xml")).Locs();
        Assert.Contains($"{SitemapSite.PublicUrl}/sitemaps/articles-2019-01.xml", index);
        Assert.Contains($"{SitemapSite.PublicUrl}/sitemaps/articles-2019-01-2.xml", index);
        Assert.DoesNotContain($"{SitemapSite.PublicUrl}/sitemaps/articles-2019-01-3.xml", index);

        var first = (await site.Client.GetXmlAsync("/sitemaps/articles-2019-01.xml")).Locs();
        var second = (await site.Client.GetXmlAsync("/sitemaps/articles-2019-01-2.xml")).Locs();
        Assert.Equal(SitemapSite.Limit, first.Count);
        Assert.Equal(2, second.Count);
        var expected = Enumerable.Range(0, 5).Select(i => $"{SitemapSite.PublicUrl}{Article.PathFor(SitemapSite.OldMonth.AddDays(3 + i), $"old-news-{i}")}");
        Assert.Equal(expected, first.Concat(second));
        using var past = await site.Client.GetAsync("/sitemaps/articles-2019-01-3.xml");
        Assert.Equal(HttpStatusCode.NotFound, past.StatusCode);
    }

    [Fact]
    public async Task No_file_holds_more_than_the_limit_and_every_list_is_complete()
    {
        var index = (await site.Client.GetXmlAsync("/sitemap.xml")).Locs();
        var listed = new List<string>();
        foreach (var file in index)
        {
            Assert.StartsWith(SitemapSite.PublicUrl + "/sitemaps/", file);
            var locs = (await site.Client.GetXmlAsync(PathOf(file))).Locs();
            Assert.InRange(locs.Count, 1, SitemapSite.Limit);
            listed.AddRange(locs);
        }

        Assert.Equal(listed.Count, listed.Distinct().Count());
        var (articles, sections, tags) = await site.WithDbAsync(async db =>
        {
            var published = db.Articles.Published(DateTime.UtcNow);
            return (await published.CountAsync(), await db.Sections.Select(s => s.Url).ToListAsync(),
                await db.Tags.Where(t => published.Any(a => a.Tags.Any(x => x.Id == t.Id))).CountAsync());
        });
        Assert.Equal(articles, listed.Count(l => System.Text.RegularExpressions.Regex.IsMatch(PathOf(l), @"^/\d{4}/")));
        Assert.Equal(sections.Select(s => SitemapSite.PublicUrl + s).Order(), listed.Where(l => l.Contains("/category/")).Order());
        Assert.Equal(tags, listed.Count(l => l.Contains("/tag/")));
        Assert.Contains(SitemapSite.PublicUrl + "/", listed);
    }

    [Fact]
    public async Task Drafts_scheduled_unpublished_and_future_articles_appear_in_no_sitemap()
    {
        var hidden = site.Hidden.Select(a => "/" + a.Slug).ToList();
        var files = (await site.Client.GetXmlAsync("/sitemap.xml")).Locs().Select(PathOf).Append("/news-sitemap.xml");
        foreach (var file in files)
        {
            var locs = (await site.Client.GetXmlAsync(file)).Locs();
            Assert.DoesNotContain(locs, loc => hidden.Any(h => loc.EndsWith(h)));
        }
    }

    [Fact]
    public async Task News_sitemap_leaves_out_what_is_older_than_two_days()
    {
        var now = DateTime.UtcNow;
        var (fresh, stale) = await site.WithDbAsync(async db =>
        {
            var section = await db.Sections.Select(s => s.Id).FirstAsync();
            Article Make(string slug, DateTime published) => new()
            {
                Slug = slug, Headline = slug, Status = ArticleStatus.Published, CreatedAt = published, PublishedAt = published,
                PrimarySectionId = section, Language = "en-GB",
            };
            var fresh = Make("news-window-fresh", now.AddHours(-47));
            var stale = Make("news-window-stale", now.AddHours(-49));
            db.Articles.AddRange(fresh, stale);
            await db.SaveChangesAsync();
            return (fresh, stale);
        });

        var news = await site.Client.GetXmlAsync("/news-sitemap.xml");
        var urls = news.Root!.Elements(Sitemap + "url").ToDictionary(u => u.Element(Sitemap + "loc")!.Value);
        Assert.DoesNotContain(SitemapSite.PublicUrl + stale.Path, urls.Keys);
        var entry = urls[SitemapSite.PublicUrl + fresh.Path].Element(News + "news")!;
        Assert.Equal("en", entry.Element(News + "publication")!.Element(News + "language")!.Value);
        Assert.Equal(fresh.Headline, entry.Element(News + "title")!.Value);
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemaps_at_the_public_address()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/robots.txt");
        request.Headers.Host = "forged.example";
        using var response = await site.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains($"Sitemap: {SitemapSite.PublicUrl}/sitemap.xml\n", text);
        Assert.DoesNotContain("forged.example", text);
    }
}
