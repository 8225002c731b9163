using System.Globalization;
using AngleSharp.Dom;
using Dateline.Editions;
using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Dateline.Tests.Newsroom.Desk;

/// <summary>Desk → Editions: adding, changing and deleting an edition, and what each refuses.</summary>
[Collection(EditionsNewsroomCollection.Name)]
public sealed class EditionDeskTests(EditionsNewsroomSite site)
{
    private static List<KeyValuePair<string, string>> EditionForm(string key, string name, string culture, string prefix, string direction = "") =>
        [new("Input.Key", key), new("Input.Name", name), new("Input.Culture", culture), new("Input.Direction", direction), new("Input.UrlPrefix", prefix)];

    private static string Unique(string start) => start + Guid.NewGuid().ToString("N")[..6];

    private Task<int> EditionCountAsync() => site.WithDbAsync(db => db.Editions.CountAsync());

    private static string? ErrorOf(IDocument page, string field) => page.QuerySelector($"#{field}-error")?.Text();

    [Fact]
    public async Task A_pashto_edition_added_at_the_desk_gets_its_own_section_menu_and_published_article_under_its_prefix()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var (added, _) = await editor.PostAsync("/admin/desk/editions/new", "/admin/desk/editions/new", EditionForm("ps", "پښتو", "ps-AF", "ps"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var pashto = await site.WithDbAsync(db => db.Editions.AsNoTracking().SingleAsync(e => e.Key == "ps"));
        // No direction chosen: Pashto's own, right to left.
        Assert.Equal((TextDirection.Rtl, "ps-AF", "ps", false), (pashto.Direction, pashto.Culture, pashto.UrlPrefix, pashto.IsDefault));
        var (_, list) = await editor.GetAsync("/admin/desk/editions");
        Assert.NotNull(list.QuerySelector("tr[data-edition=ps]"));

        var (sectionSaved, _) = await editor.PostAsync("/admin/desk/sections/new?edition=ps", "/admin/desk/sections/new?edition=ps", [new("Input.Name", "نړۍ"), new("Input.Slug", "nari")]);
        Assert.Equal(HttpStatusCode.Redirect, sectionSaved.StatusCode);
        Assert.Contains("edition=ps", sectionSaved.Headers.Location!.OriginalString);
        var section = await site.WithDbAsync(db => db.Sections.AsNoTracking().SingleAsync(s => s.EditionId == pashto.Id));
        Assert.Equal("nari", section.Path);

        var (sections, sectionPage) = await editor.GetAsync("/admin/desk/sections?edition=ps");
        Assert.Equal(HttpStatusCode.OK, sections.StatusCode);
        Assert.Equal(["نړۍ"], sectionPage.QuerySelectorAll("main li > a[href^='/admin/desk/sections/']").Select(a => a.Text()).ToList());

        var (menuAdded, _) = await editor.PostAsync("/admin/desk/menu?edition=ps", "/admin/desk/menu?edition=ps", [new("Input.Label", "نړۍ"), new("Input.Url", "/category/nari")]);
        Assert.Equal(HttpStatusCode.Redirect, menuAdded.StatusCode);

        // The editor offers the new edition's sections only.
        var (_, form) = await editor.GetAsync("/admin/articles/new?edition=ps");
        Assert.Equal(pashto.Id.ToString(), form.QuerySelector("#input-editionid option[selected]")!.GetAttribute("value"));
        Assert.Equal([section.Id.ToString()], form.QuerySelectorAll("#input-primarysectionid option[value]:not([value=''])").Select(o => o.GetAttribute("value")!).ToList());

        var headline = "د کابل په بازار کې د ژمي تیاری " + Unique("");
        var (published, _) = await editor.PostAgainAsync("/admin/articles/new", EditionsNewsroomSite.ArticleForm(headline, pashto.Id, section.Id, ("action", "publish"), ("Input.Language", "en")));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var article = await site.ArticleAsync(NewsroomSite.IdIn(published));
        // The article's language is its edition's, whatever a form says.
        Assert.Equal((pashto.Id, "ps-AF"), (article.EditionId, article.Language));

        var (_, editorPage) = await editor.GetAsync($"/admin/articles/{article.Id}");
        Assert.Equal("/ps" + article.Path, editorPage.QuerySelector(".article-state a")!.GetAttribute("href"));

        var home = await site.Client.GetPageAsync("/ps/");
        Assert.Equal(("ps-AF", "rtl"), (home.DocumentElement.GetAttribute("lang"), home.DocumentElement.GetAttribute("dir")));
        Assert.Contains(headline, home.QuerySelectorAll("main h3, main h2").Select(h => h.Text()));
        Assert.Contains("نړۍ", home.QuerySelectorAll(".site-nav a").Select(a => a.Text()));
        var page = await site.Client.GetPageAsync("/ps" + article.Path);
        Assert.Equal(("ps-AF", "rtl", headline), (page.DocumentElement.GetAttribute("lang"), page.DocumentElement.GetAttribute("dir"), page.QuerySelector("h1")!.Text()));
        await site.Client.GetPageAsync("/ps/category/nari");

        // The English site shows none of it.
        var english = await site.Client.GetPageAsync("/");
        Assert.DoesNotContain("نړۍ", english.QuerySelectorAll(".site-nav a").Select(a => a.Text()));
        Assert.DoesNotContain(headline, english.QuerySelectorAll("main h3, main h2").Select(h => h.Text()));
    }

    [Theory]
    [InlineData("PS", "A URL prefix is 1 to 20")]
    [InlineData("p s", "A URL prefix is 1 to 20")]
    [InlineData("a-prefix-longer-than-twenty", "A URL prefix is 1 to 20")]
    [InlineData("", "Please give the edition's URL prefix")]
    [InlineData("admin", "is already an address of the site")]
    [InlineData("wp-json", "is already an address of the site")]
    [InlineData("sitemaps", "is already an address of the site")]
    [InlineData("category", "is already an address of the site")]
    [InlineData("2024", "that year's articles")]
    [InlineData("about", "standing page")]
    [InlineData("fa", "already answers at /fa/")]
    public async Task A_prefix_that_is_malformed_reserved_or_taken_is_refused_and_the_form_keeps_what_was_typed(string prefix, string problem)
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var before = await EditionCountAsync();
        var key = Unique("k");
        var (response, page) = await editor.PostAsync("/admin/desk/editions/new", "/admin/desk/editions/new", EditionForm(key, "Urdu", "ur-PK", prefix));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(problem, ErrorOf(page, "input-urlprefix"));
        Assert.Equal("#input-urlprefix", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal((key, "ur-PK", prefix), (page.QuerySelector("#input-key")!.GetAttribute("value"), page.QuerySelector("#input-culture")!.GetAttribute("value"), page.QuerySelector("#input-urlprefix")!.GetAttribute("value") ?? ""));
        Assert.Equal(before, await EditionCountAsync());
    }

    [Theory]
    [InlineData("xx-nowhere")]
    [InlineData("invariant")]
    [InlineData("not a culture")]
    [InlineData("")]
    public async Task A_culture_dotnet_does_not_know_is_refused(string culture)
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var before = await EditionCountAsync();
        var (response, page) = await editor.PostAsync("/admin/desk/editions/new", "/admin/desk/editions/new", EditionForm(Unique("c"), "Name", culture, Unique("c")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotNull(ErrorOf(page, "input-culture"));
        Assert.Equal(before, await EditionCountAsync());
    }

    [Fact]
    public async Task A_duplicate_key_a_bad_direction_and_a_prefix_on_the_default_edition_are_refused()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var (duplicate, page) = await editor.PostAsync("/admin/desk/editions/new", "/admin/desk/editions/new", EditionForm("fa", "فارسی", "fa-IR", Unique("p"), "sideways"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Contains("\"fa\"", ErrorOf(page, "input-key"));
        Assert.NotNull(ErrorOf(page, "input-direction"));

        var (english, englishPage) = await editor.PostAsync($"/admin/desk/editions/{Edition.DefaultId}", $"/admin/desk/editions/{Edition.DefaultId}", EditionForm("en", "English", "en", "en"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, english.StatusCode);
        Assert.Contains("its prefix stays empty", englishPage.QuerySelector(".error-summary")!.Text());
        Assert.Equal("", await site.WithDbAsync(db => db.Editions.Where(e => e.Id == Edition.DefaultId).Select(e => e.UrlPrefix).SingleAsync()));
    }

    [Fact]
    public async Task Neither_the_default_edition_nor_one_with_articles_sections_or_menu_items_can_be_deleted()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var dari = await site.EditionIdAsync("fa");
        var (refused, page) = await editor.PostAsync($"/admin/desk/editions/{dari}", $"/admin/desk/editions/{dari}?handler=Delete", []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var counts = await site.WithDbAsync(async db => (
            await db.Articles.CountAsync(a => a.EditionId == dari), await db.Sections.CountAsync(s => s.EditionId == dari), await db.MenuItems.CountAsync(m => m.EditionId == dari)));
        Assert.Contains($"articles: {counts.Item1}, sections: {counts.Item2}, menu items: {counts.Item3}.", page.QuerySelector("#delete-error")!.Text());
        Assert.True(await site.WithDbAsync(db => db.Editions.AnyAsync(e => e.Id == dari)));

        var (defaultRefused, defaultPage) = await editor.PostAsync($"/admin/desk/editions/{Edition.DefaultId}", $"/admin/desk/editions/{Edition.DefaultId}?handler=Delete", []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, defaultRefused.StatusCode);
        Assert.Contains("cannot be deleted", defaultPage.QuerySelector(".error-summary")!.Text());
        Assert.True(await site.WithDbAsync(db => db.Editions.AnyAsync(e => e.Id == Edition.DefaultId)));
    }

    [Fact]
    public async Task An_empty_edition_is_deleted_and_its_prefix_stops_answering_at_once()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var prefix = Unique("ur");
        await editor.PostAsync("/admin/desk/editions/new", "/admin/desk/editions/new", EditionForm(prefix, "اردو", "ur-PK", prefix));
        var id = await site.EditionIdAsync(prefix);
        var home = await site.Client.GetPageAsync($"/{prefix}/");
        Assert.Equal(("ur-PK", "rtl"), (home.DocumentElement.GetAttribute("lang"), home.DocumentElement.GetAttribute("dir")));

        var (changed, _) = await editor.PostAsync($"/admin/desk/editions/{id}", $"/admin/desk/editions/{id}", EditionForm(prefix, "Urdu", "ur-PK", prefix, "ltr"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("ltr", (await site.Client.GetPageAsync($"/{prefix}/")).DocumentElement.GetAttribute("dir"));

        var (deleted, _) = await editor.PostAsync($"/admin/desk/editions/{id}", $"/admin/desk/editions/{id}?handler=Delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await site.WithDbAsync(db => db.Editions.AnyAsync(e => e.Id == id)));
        await site.Client.GetPageAsync($"/{prefix}/", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(NewsroomRoles.Contributor)]
    [InlineData(NewsroomRoles.Author)]
    public async Task Contributors_and_authors_are_refused_the_editions_desk(string role)
    {
        using var session = await site.SignInAsync(role);
        await session.GetAsync("/admin");
        foreach (var path in new[] { "/admin/desk/editions", "/admin/desk/editions/new", $"/admin/desk/editions/{Edition.DefaultId}" })
        {
            var (response, _) = await session.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        var before = await EditionCountAsync();
        var (forged, _) = await session.PostAgainAsync("/admin/desk/editions/new", EditionForm(Unique("f"), "Forged", "en-GB", Unique("f")));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(before, await EditionCountAsync());
    }

    [Fact]
    public async Task A_standing_page_may_not_take_an_editions_prefix_as_its_slug()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var title = "Shadowing " + Unique("fa");
        var (response, page) = await editor.PostAsync("/admin/desk/pages/new", "/admin/desk/pages/new",
            [new("Input.Title", title), new("Input.Slug", "fa"), new("Input.BodyHtml", "<p>Words.</p>"), new("Input.IsPublished", "true")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("/fa/", ErrorOf(page, "input-slug"));
        Assert.False(await site.WithDbAsync(db => db.StaticPages.AnyAsync(p => p.Title == title)));
    }

    [Fact]
    public void The_editions_desk_speaks_dari_through_the_newsroom_labels()
    {
        var labels = site.Services.GetRequiredService<IStringLocalizer<NewsroomLabels>>();
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fa-AF");
            Assert.Equal("نسخه‌ها", labels["Editions"].Value);
            Assert.Equal("ترجمه به پښتو", labels["Translate into {0}", "پښتو"].Value);
            Assert.False(labels["The edition \"{0}\" already answers at /{1}/; choose another prefix.", "دری", "fa"].ResourceNotFound);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
