using System.Text.Json;
using Dateline.BrowserTests.Browser;

namespace Dateline.BrowserTests.WebStandards;

/// <summary>
/// Lighthouse 12 (npm, pinned in tests/web-standards) in Debian's Chromium with its default mobile preset:
/// a mid-range phone on a slow 4G link, simulated, so the figures do not depend on this machine's network.
/// </summary>
public static class Lighthouse
{
    public static readonly string[] Categories = ["performance", "accessibility", "best-practices", "seo"];

    public sealed record Audit(string Category, double Score, IReadOnlyList<string> Misses);

    public sealed record Report(IReadOnlyList<Audit> Audits, double TotalBlockingTime)
    {
        public double Score(string category) => Audits.Single(a => a.Category == category).Score;
    }

    /// <summary>Audits one page; the full report is kept as artifacts/web-standards/lighthouse-{name}.json.</summary>
    public static async Task<Report> AuditAsync(Uri page, string name)
    {
        var file = Path.Combine(WebTools.ReportFolder, $"lighthouse-{name}.json");
        var run = await WebTools.RunAsync("node",
        [
            WebTools.LighthouseCli, page.AbsoluteUri, "--quiet", "--output=json", $"--output-path={file}",
            $"--only-categories={string.Join(',', Categories)}",
            $"--chrome-flags=--headless=new {string.Join(' ', Chromium.Flags)}",
        ], TimeSpan.FromMinutes(3), new Dictionary<string, string> { ["CHROME_PATH"] = Chromium.ExecutablePath });
        if (run.ExitCode != 0 || !File.Exists(file))
        {
            throw new InvalidOperationException($"Lighthouse failed on {page} (exit {run.ExitCode}):\n{run.Errors}\n{run.Output}");
        }

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        if (json.RootElement.TryGetProperty("runtimeError", out var error))
        {
            throw new InvalidOperationException($"Lighthouse could not audit {page}: {error}");
        }

        var audits = json.RootElement.GetProperty("audits");
        var totalBlockingTime = audits.GetProperty("total-blocking-time").GetProperty("numericValue").GetDouble();
        return new Report(Categories.Select(id =>
        {
            var category = json.RootElement.GetProperty("categories").GetProperty(id);
            var misses = category.GetProperty("auditRefs").EnumerateArray()
                .Where(r => r.GetProperty("weight").GetDouble() > 0)
                .Select(r => audits.GetProperty(r.GetProperty("id").GetString()!))
                .Where(a => a.GetProperty("score").ValueKind == JsonValueKind.Number && a.GetProperty("score").GetDouble() < 1)
                .Select(a => $"{a.GetProperty("id").GetString()} {a.GetProperty("score").GetDouble():0.00}" +
                             (a.TryGetProperty("displayValue", out var value) ? $" ({value.GetString()})" : ""))
                .ToList();
            return new Audit(id, category.GetProperty("score").GetDouble(), misses);
        }).ToList(), totalBlockingTime);
    }
}
