using Dateline.Articles;
using Dateline.BrowserTests.Browser;
using Dateline.Sections;
using Dateline.Site;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Dateline.BrowserTests.Editions;

/// <summary>
/// Paging through a Dari section: the links run in reading order, so "newer" (the way back) stands at the right,
/// where a right-to-left reader starts, and "older" at the left.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RightToLeftPaginationTests(DemoNewsroom site, Chromium chromium)
{
    private const string SectionPath = "bayganee";

    [Fact]
    public async Task A_dari_sections_pages_run_in_reading_order()
    {
        await FillSectionAsync(articles: 2 * Paging.DefaultPageSize + 5);
        await using var reader = await chromium.NewReaderAsync(site.BaseAddress);
        var page = reader.Page;
        await page.GotoAsync($"/fa/category/{SectionPath}?page=2");

        var pagination = page.Locator("nav.pagination");
        Assert.Equal("rtl", await pagination.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        var newer = await BoxAsync(pagination.Locator("a[rel=prev]"));
        var current = await BoxAsync(pagination.Locator(".pagination-current"));
        var older = await BoxAsync(pagination.Locator("a[rel=next]"));
        Assert.True(newer.X > current.X && current.X > older.X,
            $"Right to left, newer (x={newer.X}) should stand right of the page number (x={current.X}), and it right of older (x={older.X}).");

        // The page number is written the Dari way, and the links keep the edition's prefix.
        Assert.Equal("صفحهٔ ۲", (await pagination.Locator(".pagination-current").InnerTextAsync()).Trim());
        Assert.StartsWith($"/fa/category/{SectionPath}", await pagination.Locator("a[rel=next]").GetAttributeAsync("href"));
    }

    /// <summary>A Dari section of its own, outside the menu, so the other checks of the demo see the site they expect.</summary>
    private Task FillSectionAsync(int articles) => site.WithDbAsync(async db =>
    {
        if (await db.Sections.AnyAsync(s => s.Path == SectionPath))
        {
            return;
        }

        var dari = await db.Editions.SingleAsync(e => e.Key == "fa");
        var author = await db.Authors.OrderBy(a => a.Id).FirstAsync();
        var section = new Section { EditionId = dari.Id, Slug = SectionPath, Path = SectionPath, Name = "بایگانی" };
        var start = DateTime.UtcNow.AddDays(-2);
        db.Articles.AddRange(Enumerable.Range(1, articles).Select(i => new Article
        {
            EditionId = dari.Id,
            Language = dari.Culture,
            Slug = $"bayganee-{i}",
            Headline = $"گزارش شمارهٔ {i} از بایگانی",
            BodyHtml = "<p>متن کوتاه این گزارش برای آزمودن صفحه‌بندی نوشته شده است.</p>",
            Status = ArticleStatus.Published,
            CreatedAt = start.AddMinutes(i),
            PublishedAt = start.AddMinutes(i),
            PrimarySection = section,
            Sections = [section],
            Bylines = [new Byline { Author = author }],
        }));
        await db.SaveChangesAsync();
    });

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("The element is not on the page.");
}
