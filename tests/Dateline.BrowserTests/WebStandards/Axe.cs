using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Dateline.BrowserTests.WebStandards;

/// <summary>axe-core, injected into the page by Deque's Playwright bindings, held to WCAG 2.2 AA and axe's best practices.</summary>
public static class Axe
{
    private static readonly List<string> Standards = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    public static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = Standards } });
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n" + string.Join('\n', v.Nodes.Take(5).Select(n => $"    {n.Html}\n      {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}")));
        Assert.True(result.Violations.Length == 0, $"axe-core found {result.Violations.Length} violations on {what}:\n{string.Join('\n', violations)}");
    }
}
