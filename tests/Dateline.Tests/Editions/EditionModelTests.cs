using Dateline.Articles;
using Dateline.Editions;
using Dateline.Tests.Search;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Editions;

[Collection(DemoSiteCollection.Name)]
public sealed class EditionModelTests(AppFixture site)
{
    [Fact]
    public async Task A_site_starts_with_one_default_english_edition_at_the_root()
    {
        var editions = await site.WithDbAsync(db => db.Editions.AsNoTracking().ToListAsync());

        var english = Assert.Single(editions, e => e.IsDefault);
        Assert.Equal((Edition.DefaultId, "en", "", TextDirection.Ltr), (english.Id, english.Key, english.UrlPrefix, english.Direction));
    }

    [Fact]
    public async Task Demo_articles_sections_and_menu_belong_to_the_english_edition()
    {
        var (articles, sections, menu) = await site.WithDbAsync(async db => (
            await db.Articles.Where(a => a.Language == "en").Select(a => a.EditionId).Distinct().ToListAsync(),
            await db.Sections.Where(s => s.EditionId == Edition.DefaultId).CountAsync(),
            await db.MenuItems.Where(m => m.EditionId == Edition.DefaultId).CountAsync()));

        Assert.Equal([Edition.DefaultId], articles);
        Assert.True(sections > 0);
        Assert.True(menu > 0);
    }

    [Fact]
    public void An_edition_puts_its_prefix_before_a_site_path()
    {
        var dari = new Edition { Id = 9, Key = "fa", Culture = "fa-AF", Name = "دری", UrlPrefix = "fa", Direction = TextDirection.Rtl };

        Assert.Equal("/fa/2026/11/29/slug", dari.PathOf("/2026/11/29/slug"));
        Assert.Equal("/fa/", dari.PathOf("/"));
        Assert.Equal("/2026/11/29/slug", Edition.English().PathOf("/2026/11/29/slug"));
        Assert.Equal("rtl", dari.Dir);
    }
}

[Collection(SearchSiteCollection.Name)]
public sealed class TranslationTests(SearchSite site)
{
    [Fact]
    public async Task A_translation_shares_its_original_group_and_stands_alone_once_the_original_is_gone()
    {
        var original = await site.PublishAsync("Ferry service resumes on the lake", "<p>The first crossing left at dawn.</p>");
        var translation = await site.PublishAsync("سرویس کشتی در دریاچه از سر گرفته شد", "<p>نخستین گذر سپیده‌دم حرکت کرد.</p>", language: "fa-AF");
        await site.WithDbAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == translation);
            article.TranslationOfId = original;
            await db.SaveChangesAsync();
        });

        var group = await site.WithDbAsync(db => db.Articles.AsNoTracking()
            .Where(a => a.Id == original || a.TranslationOfId == original).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());
        Assert.Equal([original, translation], group);

        await site.WithDbAsync(db => db.Articles.Where(a => a.Id == original).ExecuteDeleteAsync());
        var left = await site.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == translation));
        Assert.Null(left.TranslationOfId);
        Assert.Equal(translation, left.TranslationGroup);
    }

    [Fact]
    public async Task Articles_stay_searchable_after_the_editions_migration_rebuilt_their_table()
    {
        // SQLite rebuilds "Articles" for the new foreign keys; the full-text triggers must have come back with it.
        await site.PublishAsync("Quokka sanctuary opens", "<p>Keepers welcomed visitors.</p>");

        Assert.Contains("Quokka sanctuary opens", await site.HeadlinesAsync("q=quokka"));
    }
}
