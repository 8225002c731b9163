using System.Text.Json;
using Dateline.Articles;
using Dateline.Tests.Sitemaps;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Site;

/// <summary>With Dateline:PublicUrl set, every absolute address comes from it, whatever Host the request claims.</summary>
[Collection(SitemapCollection.Name)]
public sealed class PublicOriginTests(SitemapSite site)
{
    [Fact]
    public async Task A_forged_host_header_does_not_change_the_canonical_address()
    {
        var article = await site.WithDbAsync(db => db.Articles.AsNoTracking().Published(DateTime.UtcNow).Include(a => a.FeaturedImage)
            .FirstAsync(a => a.FeaturedImage != null));
        using var request = new HttpRequestMessage(HttpMethod.Get, article.Path);
        request.Headers.Host = "forged.example";
        using var response = await site.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        var page = await Html.ParseAsync(html);

        Assert.Equal(SitemapSite.PublicUrl + article.Path, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(SitemapSite.PublicUrl + article.Path, PageMetadataTests.Meta(page, "og:url"));
        Assert.Equal(SitemapSite.PublicUrl + article.FeaturedImage!.Url, PageMetadataTests.Meta(page, "og:image"));
        Assert.Equal(SitemapSite.PublicUrl + article.Path, PageMetadataTests.JsonLd(page, "NewsArticle").GetProperty("url").GetString());
        Assert.DoesNotContain("forged.example", html);
    }

    [Fact]
    public async Task The_site_logo_is_the_publishers_logo_once_set()
    {
        var logo = await site.WithDbAsync(async db =>
        {
            var media = await db.Media.OrderBy(m => m.Id).FirstAsync();
            var settings = await db.SiteSettings.SingleAsync();
            settings.LogoId = media.Id;
            await db.SaveChangesAsync();
            return media;
        });

        var page = await site.Client.GetPageAsync("/");
        var publisher = PageMetadataTests.JsonLd(page, "NewsMediaOrganization");
        var image = publisher.GetProperty("logo");
        Assert.Equal("ImageObject", image.GetProperty("@type").GetString());
        Assert.Equal(SitemapSite.PublicUrl + logo.Url, image.GetProperty("url").GetString());
        Assert.Equal(logo.Width, image.GetProperty("width").GetInt32());
    }

    [Fact]
    public async Task An_authors_profile_links_are_the_persons_sameAs()
    {
        var author = await site.WithDbAsync(async db =>
        {
            var author = await db.Authors.OrderBy(a => a.Id).FirstAsync();
            author.Links = "https://social.example/@reporter\njavascript:alert(1)\nhttps://reporter.example/";
            await db.SaveChangesAsync();
            return author;
        });

        var person = PageMetadataTests.JsonLd(await site.Client.GetPageAsync(author.Url), "Person");
        Assert.Equal(["https://social.example/@reporter", "https://reporter.example/"], person.GetProperty("sameAs").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task A_headline_cannot_close_the_json_ld_script()
    {
        var headline = "Breaking </script><script>alert(1)</script> & more";
        var article = await site.WithDbAsync(async db =>
        {
            var article = new Article
            {
                Slug = "script-in-headline", Headline = headline, Status = ArticleStatus.Published, CreatedAt = DateTime.UtcNow.AddMinutes(-5),
                PublishedAt = DateTime.UtcNow.AddMinutes(-5), PrimarySectionId = await db.Sections.Select(s => s.Id).FirstAsync(),
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            return article;
        });

        var page = await site.Client.GetPageAsync(article.Path);
        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        Assert.Equal(headline, PageMetadataTests.JsonLd(page, "NewsArticle").GetProperty("headline").GetString());
        Assert.Equal(headline, PageMetadataTests.JsonLd(page, "BreadcrumbList").GetProperty("itemListElement").EnumerateArray().Last().GetProperty("name").GetString());
    }
}
