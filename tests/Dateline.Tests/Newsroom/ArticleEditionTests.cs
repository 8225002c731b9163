using AngleSharp.Dom;
using Dateline.Editions;
using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Newsroom;

/// <summary>The article editor's edition and "Translation of" fields, the article list's edition filter, and the desk's per-edition sections.</summary>
[Collection(EditionsNewsroomCollection.Name)]
public sealed class ArticleEditionTests(EditionsNewsroomSite site)
{
    // The demo's Dari article translating this English one.
    private const string LpgOriginal = "kabul-lpg-prices-jump-ahead-of-winter";
    private const string LpgDari = "kabul-gas-mayi-nerkh-zemestan";

    private static string Unique(string start) => start + " " + Guid.NewGuid().ToString("N")[..6];

    private Task<int> CountAsync(string headline) => site.WithDbAsync(db => db.Articles.CountAsync(a => a.Headline == headline));

    private static string? ErrorOf(IDocument page, string field) => page.QuerySelector($"#{field}-error")?.Text();

    private static Dictionary<string, string> Alternates(IDocument page) =>
        page.QuerySelectorAll("link[rel=alternate][hreflang]").Where(l => l.GetAttribute("hreflang") != "x-default")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => Uri.UnescapeDataString(new Uri(l.GetAttribute("href")!).AbsolutePath));

    [Fact]
    public async Task A_translation_opened_from_translate_into_and_published_pairs_both_articles_as_reciprocal_hreflang_alternates()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var (dari, dariSection) = (await site.EditionIdAsync("fa"), await site.SectionIdAsync("fa"));
        var englishHeadline = Unique("Wheat harvest in Herat");
        var (original, _) = await editor.PostAsync("/admin/articles/new", "/admin/articles/new",
            EditionsNewsroomSite.ArticleForm(englishHeadline, Edition.DefaultId, await site.SectionIdAsync("en"), ("action", "publish"), ("Input.Tags", "Harvest, Herat")));
        Assert.Equal(HttpStatusCode.Redirect, original.StatusCode);
        var originalId = NewsroomSite.IdIn(original);

        var (_, originalEditor) = await editor.GetAsync($"/admin/articles/{originalId}");
        var translate = originalEditor.QuerySelector("a[data-translate=fa]")!;
        Assert.Equal($"/admin/articles/new?edition=fa&translationOf={originalId}", translate.GetAttribute("href"));

        var (_, draft) = await editor.GetAsync(translate.GetAttribute("href")!);
        Assert.Equal(originalId.ToString(), draft.QuerySelector("#input-translationofid option[selected]")!.GetAttribute("value"));
        Assert.Equal(dari.ToString(), draft.QuerySelector("#input-editionid option[selected]")!.GetAttribute("value"));
        Assert.Equal("Harvest, Herat", draft.QuerySelector("#tags")!.GetAttribute("value"));
        Assert.Empty(draft.QuerySelector("#input-headline")!.GetAttribute("value") ?? "");

        var dariHeadline = Unique("برداشت گندم در هرات");
        var (translated, _) = await editor.PostAgainAsync("/admin/articles/new",
            EditionsNewsroomSite.ArticleForm(dariHeadline, dari, dariSection, ("action", "publish"), ("Input.TranslationOfId", originalId.ToString())));
        Assert.Equal(HttpStatusCode.Redirect, translated.StatusCode);
        var translation = await site.ArticleAsync(NewsroomSite.IdIn(translated));
        Assert.Equal((originalId, dari, "fa-AF"), (translation.TranslationOfId, translation.EditionId, translation.Language));

        var englishPath = (await site.ArticleAsync(originalId)).Path;
        var dariPath = "/fa" + translation.Path;
        var englishAlternates = Alternates(await site.Client.GetPageAsync(englishPath));
        var dariAlternates = Alternates(await site.Client.GetPageAsync(dariPath));
        Assert.Equal(dariPath, englishAlternates["fa-AF"]);
        Assert.Equal(englishPath, dariAlternates.Single(a => a.Key != "fa-AF").Value);
        Assert.Equal(englishAlternates.OrderBy(a => a.Key), dariAlternates.OrderBy(a => a.Key));

        // The story now has its Dari version: the English editor links it instead of offering another.
        var (_, after) = await editor.GetAsync($"/admin/articles/{originalId}");
        Assert.Null(after.QuerySelector("a[data-translate=fa]"));
        Assert.NotNull(after.QuerySelector($".article-versions a[href='/admin/articles/{translation.Id}']"));
    }

    [Fact]
    public async Task The_preview_and_view_on_the_site_show_an_article_in_its_own_edition()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var dari = await site.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Slug == LpgDari));
        var (_, editorPage) = await editor.GetAsync($"/admin/articles/{dari.Id}");
        Assert.Equal("/fa" + dari.Path, editorPage.QuerySelector(".article-state a")!.GetAttribute("href"));

        var (response, preview) = await editor.GetAsync($"/admin/articles/{dari.Id}/preview");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("fa-AF", "rtl"), (preview.DocumentElement.GetAttribute("lang"), preview.DocumentElement.GetAttribute("dir")));
        Assert.Equal(dari.Headline, preview.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task A_second_translation_into_the_same_edition_is_refused_naming_the_existing_one()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var original = await site.ArticleIdAsync(LpgOriginal);
        var existing = await site.WithDbAsync(db => db.Articles.SingleAsync(a => a.Slug == LpgDari));
        var headline = Unique("گاز مایع");
        var (response, page) = await editor.PostAsync("/admin/articles/new?edition=fa", "/admin/articles/new",
            EditionsNewsroomSite.ArticleForm(headline, await site.EditionIdAsync("fa"), await site.SectionIdAsync("fa"), ("action", "save"), ("Input.TranslationOfId", original.ToString())));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(existing.Headline, ErrorOf(page, "input-translationofid"));
        Assert.Contains(existing.Id.ToString(), ErrorOf(page, "input-translationofid"));
        Assert.Equal(headline, page.QuerySelector("#input-headline")!.GetAttribute("value"));
        Assert.Equal(0, await CountAsync(headline));
    }

    [Fact]
    public async Task A_translation_of_itself_of_its_own_edition_or_of_another_translation_is_refused()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var (dari, dariSection, englishSection) = (await site.EditionIdAsync("fa"), await site.SectionIdAsync("fa"), await site.SectionIdAsync("en"));
        var dariTranslation = await site.ArticleIdAsync(LpgDari);
        var dariOriginal = await site.WithDbAsync(db => db.Articles.Where(a => a.EditionId == dari && a.TranslationOfId == null).Select(a => a.Id).FirstAsync());

        // Itself.
        var self = await site.CreateArticleAsync(editor, Unique("Self"));
        var (selfResponse, selfPage) = await editor.PostAsync($"/admin/articles/{self}", $"/admin/articles/{self}",
            EditionsNewsroomSite.ArticleForm(Unique("Self"), Edition.DefaultId, englishSection, ("action", "save"), ("Input.Version", (await site.ArticleAsync(self)).Version.ToString()), ("Input.TranslationOfId", self.ToString())));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, selfResponse.StatusCode);
        Assert.Contains("itself", ErrorOf(selfPage, "input-translationofid"));
        Assert.Null((await site.ArticleAsync(self)).TranslationOfId);

        // An original of the same edition.
        var sameHeadline = Unique("هم‌زبان");
        var (same, samePage) = await editor.PostAsync("/admin/articles/new", "/admin/articles/new",
            EditionsNewsroomSite.ArticleForm(sameHeadline, dari, dariSection, ("action", "save"), ("Input.TranslationOfId", dariOriginal.ToString())));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, same.StatusCode);
        Assert.Contains("same edition", ErrorOf(samePage, "input-translationofid"));

        // A translation: the link goes to the root original instead.
        var chainHeadline = Unique("Chain");
        var (chain, chainPage) = await editor.PostAsync("/admin/articles/new", "/admin/articles/new",
            EditionsNewsroomSite.ArticleForm(chainHeadline, Edition.DefaultId, englishSection, ("action", "save"), ("Input.TranslationOfId", dariTranslation.ToString())));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, chain.StatusCode);
        Assert.Contains("itself a translation", ErrorOf(chainPage, "input-translationofid"));
        Assert.Equal(0, await CountAsync(sameHeadline) + await CountAsync(chainHeadline));
    }

    [Fact]
    public async Task A_section_of_another_edition_is_refused_and_the_form_offers_the_chosen_editions_sections()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var (dari, dariSection, englishSection) = (await site.EditionIdAsync("fa"), await site.SectionIdAsync("fa"), await site.SectionIdAsync("en"));
        var headline = Unique("خبر");
        var (response, page) = await editor.PostAsync("/admin/articles/new", "/admin/articles/new",
            EditionsNewsroomSite.ArticleForm(headline, dari, englishSection, ("action", "save")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("another edition", ErrorOf(page, "input-primarysectionid"));
        var offered = page.QuerySelectorAll("#input-primarysectionid option[value]:not([value=''])").Select(o => int.Parse(o.GetAttribute("value")!)).ToList();
        Assert.Contains(dariSection, offered);
        Assert.DoesNotContain(englishSection, offered);
        Assert.Equal(0, await CountAsync(headline));

        // Nor in "Also in sections".
        var (also, _) = await editor.PostAsync("/admin/articles/new", "/admin/articles/new",
            EditionsNewsroomSite.ArticleForm(headline, dari, dariSection, ("action", "save"), ("Input.SectionIds", englishSection.ToString())));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, also.StatusCode);
        Assert.Equal(0, await CountAsync(headline));
    }

    [Fact]
    public async Task The_article_list_filters_by_edition_and_names_each_articles_edition()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var dariHeadline = await site.WithDbAsync(db => db.Articles.Where(a => a.Slug == LpgDari).Select(a => a.Headline).SingleAsync());
        var englishHeadline = await site.WithDbAsync(db => db.Articles.Where(a => a.Slug == LpgOriginal).Select(a => a.Headline).SingleAsync());

        var (_, dariList) = await editor.GetAsync("/admin/articles?edition=fa");
        var rows = dariList.QuerySelectorAll("table.listing tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal("دری", row.QuerySelector("td.edition")!.Text()));
        Assert.Contains(dariHeadline, rows.Select(r => r.QuerySelector("a")!.Text()));
        Assert.Equal("fa", dariList.QuerySelector("#edition option[selected]")!.GetAttribute("value"));

        var (_, englishList) = await editor.GetAsync("/admin/articles?edition=en");
        var english = englishList.QuerySelectorAll("table.listing tbody tr a").Select(a => a.Text()).ToList();
        Assert.Contains(englishHeadline, english);
        Assert.DoesNotContain(dariHeadline, english);

        var (_, unknown) = await editor.GetAsync("/admin/articles?edition=nowhere");
        Assert.Empty(unknown.QuerySelectorAll("table.listing tbody tr"));
    }

    [Fact]
    public async Task Desk_sections_are_per_edition_with_their_own_paths_and_parents()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var (dari, englishSection) = (await site.EditionIdAsync("fa"), await site.SectionIdAsync("en"));
        var englishPath = await site.WithDbAsync(db => db.Sections.Where(s => s.Id == englishSection).Select(s => s.Path).SingleAsync());

        // The English section's slug is free in the Dari edition...
        var slug = "sport-" + Guid.NewGuid().ToString("N")[..6];
        var (english, _) = await editor.PostAsync("/admin/desk/sections/new", "/admin/desk/sections/new", [new("Input.Name", "Sport"), new("Input.Slug", slug)]);
        var (inDari, _) = await editor.PostAsync("/admin/desk/sections/new?edition=fa", "/admin/desk/sections/new?edition=fa", [new("Input.Name", "ورزش"), new("Input.Slug", slug)]);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (english.StatusCode, inDari.StatusCode));
        Assert.Equal([Edition.DefaultId, dari], await site.WithDbAsync(db => db.Sections.Where(s => s.Path == slug).OrderBy(s => s.EditionId).Select(s => s.EditionId).ToListAsync()));

        // ...but not twice in it.
        var (twice, twicePage) = await editor.PostAsync("/admin/desk/sections/new?edition=fa", "/admin/desk/sections/new?edition=fa", [new("Input.Name", "ورزش ۲"), new("Input.Slug", slug)]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        Assert.Contains("/fa/category/" + slug, ErrorOf(twicePage, "input-slug"));
        Assert.Equal("ورزش ۲", twicePage.QuerySelector("#input-name")!.GetAttribute("value"));

        // A parent from another edition is refused.
        var (parent, parentPage) = await editor.PostAsync("/admin/desk/sections/new?edition=fa", "/admin/desk/sections/new?edition=fa",
            [new("Input.Name", "زیربخش"), new("Input.Slug", slug + "-child"), new("Input.ParentId", englishSection.ToString())]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, parent.StatusCode);
        Assert.Contains("another edition", ErrorOf(parentPage, "input-parentid"));
        Assert.False(await site.WithDbAsync(db => db.Sections.AnyAsync(s => s.Path == englishPath + "/" + slug + "-child")));

        // The Dari list shows Dari sections only, and its new-section link stays in the edition.
        var (_, list) = await editor.GetAsync("/admin/desk/sections?edition=fa");
        var names = list.QuerySelectorAll("main li > a[href^='/admin/desk/sections/']").Select(a => a.Text()).ToList();
        Assert.Contains("ورزش", names);
        Assert.DoesNotContain("Sport", names);
        Assert.Equal("/admin/desk/sections/new?edition=fa", list.QuerySelector("a.button.primary")!.GetAttribute("href"));
        await editor.GetAsync("/admin/desk/sections?edition=nowhere").ContinueWith(t => Assert.Equal(HttpStatusCode.NotFound, t.Result.Response.StatusCode));
    }

    [Fact]
    public async Task Menu_items_stay_in_their_edition_when_added_and_moved()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var dari = await site.EditionIdAsync("fa");
        var label = Unique("پیوند");
        var (added, _) = await editor.PostAsync("/admin/desk/menu?edition=fa", "/admin/desk/menu?edition=fa", [new("Input.Label", label), new("Input.Url", "/category/afghanistan")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var item = await site.WithDbAsync(db => db.MenuItems.AsNoTracking().SingleAsync(m => m.Label == label));
        Assert.Equal(dari, item.EditionId);

        var (moved, _) = await editor.PostAsync("/admin/desk/menu?edition=fa", "/admin/desk/menu?handler=Up", [new("id", item.Id.ToString())]);
        Assert.Contains("edition=fa", moved.Headers.Location!.OriginalString);
        var dariMenu = await site.WithDbAsync(db => db.MenuItems.Where(m => m.EditionId == dari).OrderBy(m => m.Position).Select(m => m.Label).ToListAsync());
        Assert.Equal(label, dariMenu[^2]);
        Assert.Equal(dari, await site.WithDbAsync(db => db.MenuItems.Where(m => m.Id == item.Id).Select(m => m.EditionId).SingleAsync()));

        Assert.Contains(label, (await site.Client.GetPageAsync("/fa/")).QuerySelectorAll(".site-nav a").Select(a => a.Text()));
        Assert.DoesNotContain(label, (await site.Client.GetPageAsync("/")).QuerySelectorAll(".site-nav a").Select(a => a.Text()));
        var (_, englishMenu) = await editor.GetAsync("/admin/desk/menu");
        Assert.DoesNotContain(label, englishMenu.QuerySelectorAll("table.listing a").Select(a => a.Text()));
    }
}
