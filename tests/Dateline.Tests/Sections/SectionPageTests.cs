using Dateline.Articles;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Sections;

[Collection(DemoSiteCollection.Name)]
public sealed class SectionPageTests(AppFixture site)
{
    [Fact]
    public async Task Section_page_lists_sub_sections_and_the_articles_of_the_whole_subtree()
    {
        var page = await site.Client.GetPageAsync("/category/world");

        Assert.Equal("World", page.QuerySelector("h1")!.Text());
        Assert.Contains("/category/world/asia", page.QuerySelectorAll(".subsections a").Select(a => a.GetAttribute("href")));
        var afghan = await site.WithDbAsync(db => db.Articles.Where(a => a.PrimarySection.Path == "world/asia/afghanistan")
            .Published(DateTime.UtcNow).NewestFirst().Select(a => a.Headline).FirstAsync());
        Assert.Contains(afghan, page.QuerySelectorAll(".card h3").Select(h => h.Text()));
    }

    [Fact]
    public async Task Sub_section_breadcrumb_links_each_ancestor()
    {
        var page = await site.Client.GetPageAsync("/category/world/asia/afghanistan");
        var links = page.QuerySelectorAll(".breadcrumb a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["/", "/category/world", "/category/world/asia"], links);
        Assert.Equal("Afghanistan", page.QuerySelector(".breadcrumb [aria-current=page]")!.Text());
    }

    [Fact]
    public async Task Section_pages_paginate_newest_first_without_repeating_an_article()
    {
        var first = await site.Client.GetPageAsync("/category/world");
        var next = first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href")!;
        // The older page is addressed by its number and by where this one ends (keyset; see KeysetPagingTests).
        Assert.StartsWith("/category/world?page=2&before=", next);
        var second = await site.Client.GetPageAsync(next);

        var onFirst = first.QuerySelectorAll(".card h3 a").Select(a => a.GetAttribute("href")).ToList();
        var onSecond = second.QuerySelectorAll(".card h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(20, onFirst.Count);
        Assert.NotEmpty(onSecond);
        Assert.Empty(onFirst.Intersect(onSecond));
        Assert.Equal("/category/world", second.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/category/no-such-section")]
    [InlineData("/category/world/no-such-child")]
    [InlineData("/category/world?page=0")]
    [InlineData("/category/world?page=-1")]
    [InlineData("/category/world?page=999")]
    [InlineData("/category/world?page=1e3")]
    [InlineData("/category/world?page=2&before=abc")]
    [InlineData("/category/world?page=2&before=0")]
    [InlineData("/category/world?page=2&before=-4")]
    public async Task Unknown_sections_and_pages_are_404(string path)
    {
        using var response = await site.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
