using Dateline.BrowserTests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Dateline.BrowserTests.Editions;

/// <summary>
/// A Dari article laid out by Chromium: the page runs right to left and the layout mirrors by itself (logical CSS),
/// judged by where elements sit, not by pixels.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RightToLeftArticleTests(DemoNewsroom site, Chromium chromium)
{
    [Fact]
    public async Task A_dari_article_reads_right_to_left_with_its_layout_mirrored()
    {
        var path = await site.WithDbAsync(async db => "/fa" + (await db.Articles.AsNoTracking().SingleAsync(a => a.Slug == "ghoryan-zafaran-bardasht")).Path);
        await using var reader = await chromium.NewReaderAsync(site.BaseAddress);
        var page = reader.Page;
        await page.GotoAsync(path);

        Assert.Equal("rtl", await page.EvalOnSelectorAsync<string>("body", "e => getComputedStyle(e).direction"));
        Assert.Equal("rtl", await page.EvalOnSelectorAsync<string>(".article-body p", "e => getComputedStyle(e).direction"));

        // The breadcrumb starts at the right: "Home" (first) stands to the right of the headline (last).
        var crumbs = page.Locator(".breadcrumb li");
        var first = await BoxAsync(crumbs.First);
        var last = await BoxAsync(crumbs.Last);
        Assert.True(first.X > last.X, $"The first crumb (x={first.X}) should be right of the last (x={last.X}).");

        // The dateline opens the first paragraph at its start, which is its right edge.
        var paragraph = await BoxAsync(page.Locator(".article-body p").First);
        var dateline = await BoxAsync(page.Locator(".article-body .dateline").First);
        Assert.True(Math.Abs(dateline.X + dateline.Width - (paragraph.X + paragraph.Width)) < 2,
            $"The dateline should end at the paragraph's right edge ({dateline.X + dateline.Width} vs {paragraph.X + paragraph.Width}).");
        Assert.True(dateline.X > paragraph.X + paragraph.Width / 2, "The dateline should sit in the right half of the line.");

        // The headline is set from the right, and the site name sits at the masthead's right.
        var headline = await BoxAsync(page.Locator("h1"));
        var headlineText = await page.EvalOnSelectorAsync<double[]>("h1", """
            e => { const r = document.createRange(); r.selectNodeContents(e); const b = r.getBoundingClientRect(); return [b.left, b.right]; }
            """);
        Assert.True(Math.Abs(headlineText[1] - (headline.X + headline.Width)) < 2, "The headline's text should start at its right edge.");
        Assert.Equal("start", await page.EvalOnSelectorAsync<string>("h1", "e => getComputedStyle(e).textAlign"));
    }

    [Fact]
    public async Task The_english_translation_link_on_a_dari_article_runs_left_to_right()
    {
        var path = await site.WithDbAsync(async db => "/fa" + (await db.Articles.AsNoTracking().SingleAsync(a => a.Slug == "kabul-gas-mayi-nerkh-zemestan")).Path);
        await using var reader = await chromium.NewReaderAsync(site.BaseAddress);
        await reader.Page.GotoAsync(path);

        var link = reader.Page.Locator("nav.translations a");
        Assert.Equal("ltr", await link.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        Assert.Equal("en", await link.GetAttributeAsync("lang"));
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("The element is not on the page.");
}
