using Dateline.BrowserTests.Browser;
using Microsoft.Playwright;

namespace Dateline.BrowserTests.WebStandards;

/// <summary>axe-core in Chromium over every public page type: WCAG 2.2 AA, in the light theme on a desktop and the dark theme on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(DemoNewsroom site, Chromium chromium)
{
    public static TheoryData<string, ColorScheme> Pages()
    {
        var pages = new TheoryData<string, ColorScheme>();
        foreach (var kind in DemoNewsroom.PageKinds)
        {
            pages.Add(kind, ColorScheme.Light);
            pages.Add(kind, ColorScheme.Dark);
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_accessibility_violations(string kind, ColorScheme scheme)
    {
        await using var reader = await chromium.NewReaderAsync(site.BaseAddress, scheme, width: scheme == ColorScheme.Dark ? 390 : 1280);
        var page = reader.Page;
        await page.GotoAsync(await site.PathOfAsync(kind));
        await Axe.AssertNoViolationsAsync(page, $"the {kind} page ({scheme} theme)");
    }

    /// <summary>
    /// Every newsroom page in the light theme on a desktop; the dark theme on a phone for one page of each kind of layout
    /// (they share one stylesheet, and each axe run costs seconds on this machine).
    /// </summary>
    public static TheoryData<string, ColorScheme> NewsroomPages()
    {
        var pages = new TheoryData<string, ColorScheme>();
        foreach (var kind in DemoNewsroom.NewsroomPageKinds)
        {
            pages.Add(kind, ColorScheme.Light);
        }

        foreach (var kind in new[] { DemoNewsroom.SignIn, DemoNewsroom.Dashboard, DemoNewsroom.ArticleEditor, DemoNewsroom.MediaLibrary, DemoNewsroom.Sections, DemoNewsroom.Settings })
        {
            pages.Add(kind, ColorScheme.Dark);
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(NewsroomPages))]
    public async Task Newsroom_page_has_no_accessibility_violations(string kind, ColorScheme scheme)
    {
        var state = kind == DemoNewsroom.SignIn ? null : await site.SignedInStateAsync(chromium, DemoNewsroom.MemberFor(kind));
        await using var reader = await chromium.NewReaderAsync(site.BaseAddress, scheme, width: scheme == ColorScheme.Dark ? 390 : 1280, storageState: state);
        var page = reader.Page;

        await page.GotoAsync(await site.NewsroomPathOfAsync(kind));
        if (kind is DemoNewsroom.NewArticle or DemoNewsroom.ArticleEditor or DemoNewsroom.PageEditor)
        {
            // Checked with the rich-text editor in place, as members use it.
            await page.WaitForSelectorAsync(".rich-text .ql-editor, .rich-text-note:not(.rich-text-hidden)");
        }

        await Axe.AssertNoViolationsAsync(page, $"the {kind} page ({scheme} theme)");
    }

    [Fact]
    public async Task Comment_form_with_errors_has_no_accessibility_violations()
    {
        await using var reader = await chromium.NewReaderAsync(site.BaseAddress);
        var page = reader.Page;
        await page.GotoAsync(await site.PathOfAsync(DemoNewsroom.Article));
        await page.ClickAsync("form.comment-form button[type=submit]");
        await page.WaitForSelectorAsync(".form-errors");
        await page.WaitForLoadStateAsync(LoadState.Load);
        await Axe.AssertNoViolationsAsync(page, "the article page after a comment with errors");
    }
}
