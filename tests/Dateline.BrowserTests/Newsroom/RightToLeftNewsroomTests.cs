using Dateline.BrowserTests.Browser;
using Microsoft.Playwright;

namespace Dateline.BrowserTests.Newsroom;

/// <summary>
/// The newsroom switched to Dari in Chromium: the page runs right to left and its layout mirrors by itself (logical CSS),
/// judged by where elements sit, not by pixels.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RightToLeftNewsroomTests(DemoNewsroom site, Chromium chromium)
{
    [Fact]
    public async Task Choosing_Dari_mirrors_the_newsroom()
    {
        await using var member = await chromium.NewReaderAsync(site.BaseAddress, storageState: await site.SignedInStateAsync(chromium));
        var page = member.Page;
        await page.GotoAsync("/admin");
        await page.SelectOptionAsync("#newsroom-language", "fa-AF");
        await page.ClickAsync(".language-choice button");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("پیشخوان");
        // The heading can be there before the page's stylesheet has laid it out; the boxes below need the full layout.
        await page.WaitForLoadStateAsync(LoadState.Load);

        Assert.Equal("rtl", await page.EvalOnSelectorAsync<string>("html", "e => e.dir"));
        Assert.Equal("rtl", await page.EvalOnSelectorAsync<string>("body", "e => getComputedStyle(e).direction"));

        // The menu reads from the right: "Dashboard" (first) stands to the right of the member's own link (last).
        var items = page.Locator(".newsroom-bar nav li");
        var first = await BoxAsync(items.First);
        var last = await BoxAsync(items.Last);
        Assert.True(first.X > last.X, $"The first menu item (x={first.X}) should be right of the last (x={last.X}).");

        // The site's name opens the bar at the right; signing out closes it at the left.
        var bar = await BoxAsync(page.Locator(".newsroom-bar"));
        var name = await BoxAsync(page.Locator(".newsroom-site"));
        var signOut = await BoxAsync(page.Locator(".sign-out"));
        Assert.True(name.X + name.Width > bar.X + bar.Width * 0.75, "The site's name should sit at the bar's right.");
        Assert.True(signOut.X < bar.X + bar.Width / 4, "Signing out should sit at the bar's left.");

        // The heading is set from the right, and the language chooser ends the page on the left.
        var heading = await BoxAsync(page.Locator("h1"));
        var headingText = await page.EvalOnSelectorAsync<double[]>("h1", """
            e => { const r = document.createRange(); r.selectNodeContents(e); const b = r.getBoundingClientRect(); return [b.left, b.right]; }
            """);
        Assert.True(Math.Abs(headingText[1] - (heading.X + heading.Width)) < 2, "The heading's text should start at its right edge.");
        var footer = await BoxAsync(page.Locator(".newsroom-footer"));
        var button = await BoxAsync(page.Locator(".language-choice button"));
        Assert.True(button.X < footer.X + footer.Width / 4, "The language chooser should end the page at the left.");

        // Back to English, the same layout runs left to right again.
        await page.SelectOptionAsync("#newsroom-language", "en");
        await page.ClickAsync(".language-choice button");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
        Assert.Equal("ltr", await page.EvalOnSelectorAsync<string>("body", "e => getComputedStyle(e).direction"));
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("The element is not on the page.");
}
