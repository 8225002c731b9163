using System.Text.Json;
using AngleSharp.Dom;
using Dateline.Articles;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Site;

[Collection(DemoSiteCollection.Name)]
public sealed class PageMetadataTests(AppFixture site)
{
    private string Origin => site.BaseAddress.GetLeftPart(UriPartial.Authority);

    private Task<Article> ArticleWithEverythingAsync() => site.WithDbAsync(db => db.Articles.AsNoTracking()
        .Include(a => a.PrimarySection).Include(a => a.Bylines.OrderBy(b => b.Position)).ThenInclude(b => b.Author)
        .Include(a => a.Tags).Include(a => a.FeaturedImage)
        .Where(a => a.StoryId != null && a.DatelinePlace != null && a.SourceAttribution != null && a.FeaturedImage != null
            && a.Tags.Count > 1 && a.PrimarySection.Path.Contains("/"))
        .OrderByDescending(a => a.UpdatedAt != null).FirstAsync());

    public static string? Meta(IDocument page, string key) =>
        page.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content");

    public static List<string?> Metas(IDocument page, string key) =>
        page.QuerySelectorAll($"meta[property='{key}']").Select(m => m.GetAttribute("content")).ToList();

    public static JsonElement JsonLd(IDocument page, string type) =>
        page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(e => e.GetProperty("@type").GetString() == type);

    [Fact]
    public async Task Article_page_tells_social_networks_what_it_is_with_absolute_addresses()
    {
        var article = await ArticleWithEverythingAsync();
        var page = await site.Client.GetPageAsync(article.Path);
        var url = Origin + article.Path;

        Assert.Equal(url, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(url, Meta(page, "og:url"));
        Assert.Equal("The Frontier Ledger", Meta(page, "og:site_name"));
        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal(article.SeoTitle ?? article.Headline, Meta(page, "og:title"));
        Assert.Equal(article.Standfirst, Meta(page, "og:description"));
        Assert.Equal(article.Standfirst, Meta(page, "description"));
        Assert.Equal("en_US", Meta(page, "og:locale"));
        Assert.Equal(Origin + article.FeaturedImage!.Url, Meta(page, "og:image"));
        Assert.Equal(article.FeaturedImage.AltText, Meta(page, "og:image:alt"));

        Assert.Equal(article.PublishedAt!.Value.ToString("yyyy-MM-ddTHH:mm:ssZ"), Meta(page, "article:published_time"));
        Assert.Equal((article.UpdatedAt ?? article.PublishedAt).Value.ToString("yyyy-MM-ddTHH:mm:ssZ"), Meta(page, "article:modified_time"));
        Assert.Equal(article.PrimarySection.Name, Meta(page, "article:section"));
        Assert.Equal(article.Tags.Select(t => t.Name).Order(), Metas(page, "article:tag").Order());
        Assert.Equal(article.Bylines.Select(b => Origin + b.Author.Url), Metas(page, "article:author"));

        Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
        Assert.Equal(article.SeoTitle ?? article.Headline, Meta(page, "twitter:title"));
        Assert.Equal(article.Standfirst, Meta(page, "twitter:description"));
        Assert.Equal(Origin + article.FeaturedImage.Url, Meta(page, "twitter:image"));
    }

    [Fact]
    public async Task Article_json_ld_is_a_complete_news_article()
    {
        var article = await ArticleWithEverythingAsync();
        var page = await site.Client.GetPageAsync(article.Path);
        var data = JsonLd(page, "NewsArticle");

        Assert.Equal("https://schema.org", data.GetProperty("@context").GetString());
        Assert.Equal(article.Headline, data.GetProperty("headline").GetString());
        Assert.Equal(article.Standfirst, data.GetProperty("description").GetString());
        Assert.Equal(article.PublishedAt!.Value.ToString("yyyy-MM-ddTHH:mm:ssZ"), data.GetProperty("datePublished").GetString());
        Assert.Equal((article.UpdatedAt ?? article.PublishedAt).Value.ToString("yyyy-MM-ddTHH:mm:ssZ"), data.GetProperty("dateModified").GetString());
        Assert.Equal(Origin + article.Path, data.GetProperty("mainEntityOfPage").GetString());
        Assert.Equal(article.PrimarySection.Name, data.GetProperty("articleSection").GetString());
        Assert.Equal(article.Tags.Select(t => t.Name).Order(), data.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()).Order());
        Assert.Equal("en", data.GetProperty("inLanguage").GetString());
        Assert.Equal(Origin + article.FeaturedImage!.Url, data.GetProperty("image")[0].GetProperty("url").GetString());

        var authors = data.GetProperty("author").EnumerateArray().ToList();
        Assert.Equal(article.Bylines.Select(b => b.Author.Name), authors.Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(article.Bylines.Select(b => Origin + b.Author.Url), authors.Select(a => a.GetProperty("url").GetString()));
        Assert.All(authors, a => Assert.Equal("Person", a.GetProperty("@type").GetString()));

        var publisher = data.GetProperty("publisher");
        Assert.Equal("NewsMediaOrganization", publisher.GetProperty("@type").GetString());
        Assert.Equal("The Frontier Ledger", publisher.GetProperty("name").GetString());
        Assert.Equal(Origin + "/", publisher.GetProperty("url").GetString());

        var place = data.GetProperty("locationCreated");
        Assert.Equal("Place", place.GetProperty("@type").GetString());
        Assert.Equal(article.DatelinePlace, place.GetProperty("name").GetString());
        var source = data.GetProperty("sourceOrganization");
        Assert.Equal("Organization", source.GetProperty("@type").GetString());
        Assert.Equal(article.SourceAttribution!.Trim('(', ')'), source.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Breadcrumb_json_ld_repeats_the_visible_breadcrumb()
    {
        var article = await ArticleWithEverythingAsync();
        var page = await site.Client.GetPageAsync(article.Path);
        var visible = page.QuerySelectorAll(".breadcrumb li").ToList();
        var items = JsonLd(page, "BreadcrumbList").GetProperty("itemListElement").EnumerateArray().ToList();

        Assert.Equal(visible.Count, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            Assert.Equal("ListItem", items[i].GetProperty("@type").GetString());
            Assert.Equal(i + 1, items[i].GetProperty("position").GetInt32());
            Assert.Equal(visible[i].Text(), items[i].GetProperty("name").GetString());
            var href = visible[i].QuerySelector("a")?.GetAttribute("href") ?? article.Path;
            Assert.Equal(Origin + href, items[i].GetProperty("item").GetString());
        }
    }

    [Fact]
    public async Task Section_breadcrumb_json_ld_repeats_the_visible_breadcrumb()
    {
        var page = await site.Client.GetPageAsync("/category/world/asia");
        var visible = page.QuerySelectorAll(".breadcrumb li").ToList();
        var items = JsonLd(page, "BreadcrumbList").GetProperty("itemListElement").EnumerateArray().ToList();

        Assert.Equal(visible.Select(v => v.Text()), items.Select(i => i.GetProperty("name").GetString()));
        Assert.Equal([Origin + "/", Origin + "/category/world", Origin + "/category/world/asia"], items.Select(i => i.GetProperty("item").GetString()));
        Assert.Equal([1, 2, 3], items.Select(i => i.GetProperty("position").GetInt32()));
    }

    [Fact]
    public async Task Home_page_declares_the_website_with_its_search_and_the_publisher()
    {
        var page = await site.Client.GetPageAsync("/");
        var website = JsonLd(page, "WebSite");

        Assert.Equal(Origin + "/", website.GetProperty("url").GetString());
        Assert.Equal("The Frontier Ledger", website.GetProperty("name").GetString());
        var search = website.GetProperty("potentialAction");
        Assert.Equal("SearchAction", search.GetProperty("@type").GetString());
        Assert.Equal(Origin + "/search?q={search_term_string}", search.GetProperty("target").GetProperty("urlTemplate").GetString());
        Assert.Equal("required name=search_term_string", search.GetProperty("query-input").GetString());
        Assert.Equal("The Frontier Ledger", JsonLd(page, "NewsMediaOrganization").GetProperty("name").GetString());

        Assert.Equal("website", Meta(page, "og:type"));
        Assert.Equal(Origin + "/", Meta(page, "og:url"));
        Assert.Equal("The Frontier Ledger", Meta(page, "og:title"));
        Assert.Equal("summary", Meta(page, "twitter:card"));
        Assert.Null(Meta(page, "og:image"));
    }

    [Fact]
    public async Task Author_page_describes_the_person()
    {
        var author = await site.WithDbAsync(db => db.Authors.AsNoTracking().Include(a => a.Photo)
            .FirstAsync(a => a.Bio != null && a.JobTitle != null && a.Photo != null));
        var page = await site.Client.GetPageAsync(author.Url);
        var person = JsonLd(page, "Person");

        Assert.Equal(author.Name, person.GetProperty("name").GetString());
        Assert.Equal(Origin + author.Url, person.GetProperty("url").GetString());
        Assert.Equal(author.Bio, person.GetProperty("description").GetString());
        Assert.Equal(author.JobTitle, person.GetProperty("jobTitle").GetString());
        Assert.Equal(Origin + author.Photo!.Url, person.GetProperty("image").GetProperty("url").GetString());
        Assert.Equal(Origin + author.Photo.Url, Meta(page, "og:image"));
        Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
    }

    [Theory]
    [InlineData("/category/world")]
    [InlineData("/search?q=flood")]
    [InlineData("/no-such-page")]
    public async Task Every_reader_page_has_the_basic_open_graph_tags(string path)
    {
        using var response = await site.Client.GetAsync(path);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("The Frontier Ledger", Meta(page, "og:site_name"));
        Assert.False(string.IsNullOrEmpty(Meta(page, "og:title")));
        Assert.Equal("website", Meta(page, "og:type"));
        Assert.Equal("en_US", Meta(page, "og:locale"));
        Assert.NotNull(Meta(page, "twitter:card"));
    }
}
