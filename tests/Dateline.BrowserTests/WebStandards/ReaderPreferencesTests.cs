using Dateline.BrowserTests.Browser;
using Microsoft.Playwright;

namespace Dateline.BrowserTests.WebStandards;

/// <summary>What the reader's own settings ask for: a dark theme, no motion, a clean printout, errors they can find.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReaderPreferencesTests(DemoNewsroom site, Chromium chromium)
{
    [Fact]
    public async Task Dark_scheme_turns_the_page_dark()
    {
        await using var light = await chromium.NewReaderAsync(site.BaseAddress, ColorScheme.Light);
        await using var dark = await chromium.NewReaderAsync(site.BaseAddress, ColorScheme.Dark);
        await light.Page.GotoAsync("/");
        await dark.Page.GotoAsync("/");

        Assert.Equal("rgb(255, 255, 255)", await BackgroundAsync(light.Page));
        Assert.Equal("rgb(20, 20, 20)", await BackgroundAsync(dark.Page));
    }

    [Fact]
    public async Task Ticker_moves_only_without_reduced_motion_and_the_stop_box_stops_it()
    {
        await using var moving = await chromium.NewReaderAsync(site.BaseAddress);
        await moving.Page.GotoAsync("/");
        Assert.Equal("ticker", await TickerAnimationAsync(moving.Page));

        await moving.Page.Locator("label[for=ticker-stop]").ClickAsync();
        Assert.Equal("none", await TickerAnimationAsync(moving.Page));

        await using var still = await chromium.NewReaderAsync(site.BaseAddress, reducedMotion: ReducedMotion.Reduce);
        await still.Page.GotoAsync("/");
        Assert.Equal("none", await TickerAnimationAsync(still.Page));
        Assert.False(await still.Page.Locator("#ticker-stop").IsVisibleAsync(), "With nothing moving, there is nothing to stop.");
    }

    [Fact]
    public async Task Printed_article_has_no_navigation_and_shows_link_addresses()
    {
        await using var reader = await chromium.NewReaderAsync(site.BaseAddress);
        var page = reader.Page;
        await page.GotoAsync(await site.PathOfAsync(DemoNewsroom.Article));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Microsoft.Playwright.Media.Print });

        foreach (var hidden in new[] { ".masthead", ".site-nav", ".breadcrumb", ".comment-respond", ".site-footer" })
        {
            Assert.False(await page.Locator(hidden).First.IsVisibleAsync(), $"{hidden} should not print.");
        }

        Assert.True(await page.Locator(".article h1").IsVisibleAsync());
        var link = page.Locator(".article a[href^='/']").First;
        var href = await link.GetAttributeAsync("href");
        var after = await link.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Contains(href!, after);
    }

    [Fact]
    public async Task Comment_errors_are_announced_tied_to_their_fields_and_keep_what_was_typed()
    {
        await using var reader = await chromium.NewReaderAsync(site.BaseAddress);
        var page = reader.Page;
        await page.GotoAsync(await site.PathOfAsync(DemoNewsroom.Article));
        await page.FillAsync("#author", "Zarghuna");
        await page.FillAsync("#email", "not-an-address");
        await page.ClickAsync("form.comment-form button[type=submit]");
        await page.WaitForSelectorAsync(".form-errors");

        Assert.Equal("alert", await page.GetAttributeAsync(".form-errors", "role"));
        Assert.Equal("Zarghuna", await page.InputValueAsync("#author"));
        Assert.Equal("not-an-address", await page.InputValueAsync("#email"));
        foreach (var field in new[] { "comment", "email" })
        {
            Assert.Equal("true", await page.GetAttributeAsync($"#{field}", "aria-invalid"));
            var described = await page.GetAttributeAsync($"#{field}", "aria-describedby");
            var message = await page.TextContentAsync($"#{described}");
            Assert.False(string.IsNullOrWhiteSpace(message), $"#{field} points at an empty error message.");
            Assert.Equal("polite", await page.GetAttributeAsync($"#{described}", "aria-live"));
        }

        Assert.Null(await page.GetAttributeAsync("#author", "aria-invalid"));
        // Focus comes from the summary's autofocus, which Chromium applies at its next rendering update, not on parsing.
        await Assertions.Expect(page.Locator(".form-errors")).ToBeFocusedAsync();
        Assert.Equal(["#comment", "#email"], await page.Locator(".form-errors a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
    }

    private static Task<string> BackgroundAsync(IPage page) => page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

    private static Task<string> TickerAnimationAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.breaking-items')).animationName");
}
