using Dateline.BrowserTests.Browser;
using Microsoft.Playwright;

namespace Dateline.BrowserTests.WebStandards;

/// <summary>A reader with only a keyboard: skip link first, every control reached in turn, focus always visible.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(DemoNewsroom site, Chromium chromium)
{
    private const string Controls = "a[href], button, input:not([type=hidden]), textarea, select";

    [Fact]
    public async Task First_tab_reaches_a_visible_skip_link_that_moves_focus_to_the_content()
    {
        await using var reader = await chromium.NewReaderAsync(site.BaseAddress);
        var page = reader.Page;
        await page.GotoAsync(await site.PathOfAsync(DemoNewsroom.Article));

        await page.Keyboard.PressAsync("Tab");
        var skip = await FocusedAsync(page);
        Assert.Equal("skip-link", skip.ClassName);
        Assert.True(skip.Top >= 0 && skip.Height > 0, $"The focused skip link is off screen (top {skip.Top}).");

        await page.Keyboard.PressAsync("Enter");
        // The jump to #main is a same-document navigation; Playwright's page.Url follows it by an event that can arrive
        // after Enter returns, so this asks the document itself, and fails by timing out if the hash never comes.
        await page.WaitForFunctionAsync("() => location.hash === '#main'");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('main').contains(document.activeElement)"),
            "After the skip link, the next Tab should land inside the main content.");
    }

    [Theory]
    [InlineData(DemoNewsroom.Article)]
    [InlineData(DemoNewsroom.Home)]
    public async Task Tab_reaches_every_control_and_each_shows_focus(string kind)
    {
        await using var reader = await chromium.NewReaderAsync(site.BaseAddress);
        var page = reader.Page;
        await page.GotoAsync(await site.PathOfAsync(kind));
        var expected = await page.EvaluateAsync<int>(
            $"() => [...document.querySelectorAll('{Controls}')].filter(e => e.tabIndex >= 0 && e.checkVisibility({{ visibilityProperty: true }})).length");

        var reached = new HashSet<string>();
        var unmarked = new List<string>();
        for (var press = 0; press < expected + 5; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await FocusedAsync(page);
            if (focused.Path == "BODY" || !reached.Add(focused.Path))
            {
                break;
            }

            if (!focused.ShowsFocus)
            {
                unmarked.Add(focused.Path);
            }
        }

        Assert.True(reached.Count >= expected, $"Tab reached {reached.Count} of {expected} controls on the {kind} page.");
        Assert.True(unmarked.Count == 0, $"No visible focus on: {string.Join(", ", unmarked)}");
    }

    private sealed class Focused
    {
        public string Path { get; set; } = "";
        public string ClassName { get; set; } = "";
        public double Top { get; set; }
        public double Height { get; set; }
        public bool ShowsFocus { get; set; }
    }

    // The focus indicator is the outline (or a box shadow) the focused element draws; "none" or zero width is invisible.
    private static Task<Focused> FocusedAsync(IPage page) => page.EvaluateAsync<Focused>("""
        () => {
          const e = document.activeElement;
          const style = getComputedStyle(e);
          const box = e.getBoundingClientRect();
          const seen = window.datelineSeen ??= new Map();
          if (!seen.has(e)) seen.set(e, seen.size);
          const path = e === document.body ? 'BODY' : seen.get(e) + ': ' + e.outerHTML.slice(0, 100);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          return { path, className: e.className || '', top: box.top, height: box.height, showsFocus: outline || style.boxShadow !== 'none' };
        }
        """);
}
