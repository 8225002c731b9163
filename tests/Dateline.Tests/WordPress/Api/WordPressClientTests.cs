using System.Diagnostics;
using System.Text.Json.Nodes;
using Dateline.Articles;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.WordPress.Api;

/// <summary>
/// node-wpapi (npm wpapi 1.2.2, MIT), a real WordPress REST client, discovers the API from the site's Link header and
/// reads every collection, through tests/web-standards/wpapi-client.mjs. Node.js and `npm ci` in tests/web-standards
/// come from ./test.sh; without them the test fails and says so, it never skips.
/// </summary>
public sealed class WordPressClientTests(WordPressApiSite api) : IClassFixture<WordPressApiSite>
{
    private static string Tools => Path.Combine(TestEnvironment.RepositoryRoot, "tests", "web-standards");

    [Fact]
    public async Task Wpapi_discovers_the_api_and_reads_every_collection()
    {
        var summary = await RunClientAsync(api.Site.BaseAddress.ToString().TrimEnd('/'));
        var origin = api.Site.BaseAddress.GetLeftPart(UriPartial.Authority);
        var published = await api.Site.WithDbAsync(db => db.Articles.Published(DateTime.UtcNow).NewestFirst().Select(a => a.Id).ToListAsync());

        Assert.Equal(origin + "/wp-json/", summary["discovered"]!.GetValue<string>());
        Assert.Equal(published.Take(5), Ids(summary["firstPage"]));
        Assert.Equal(published.Skip(5).Take(5), Ids(summary["secondPage"]));
        Assert.Equal(published.Count, summary["total"]!.GetValue<int>());
        Assert.Equal((published.Count + 4) / 5, summary["totalPages"]!.GetValue<int>());
        Assert.True(summary["secondPageHasPrev"]!.GetValue<bool>());
        Assert.True(summary["secondPageHasNext"]!.GetValue<bool>());
        Assert.Equal(summary["busiestCategory"]!["count"]!.GetValue<int>(), Ids(summary["inCategory"]).Count);
        Assert.NotEmpty(Ids(summary["found"]));
        Assert.All(summary["embeddedAuthors"]!.AsArray(), a => Assert.NotNull(a));
        Assert.All(summary["embeddedTerms"]!.AsArray(), t => Assert.Equal(2, t!.GetValue<int>()));
        Assert.Equal(published[0], summary["one"]!["id"]!.GetValue<int>());
        Assert.StartsWith(origin + "/", summary["one"]!["link"]!.GetValue<string>());
        Assert.Equal(await api.Site.WithDbAsync(db => db.StaticPages.CountAsync(p => p.IsPublished)), Ids(summary["pages"]).Count);
        Assert.Equal(68, summary["categories"]!.GetValue<int>());
        Assert.True(summary["tags"]!.GetValue<int>() > 0);
        Assert.Equal(2, summary["users"]!.AsArray().Count);
        Assert.NotEmpty(Ids(summary["comments"]));
        Assert.Equal([api.PictureId], Ids(summary["media"]));
        Assert.Equal("rest_post_invalid_id", summary["missing"]!["code"]!.GetValue<string>());
        Assert.Equal(404, summary["missing"]!["status"]!.GetValue<int>());
    }

    private static List<int> Ids(JsonNode? node) => node!.AsArray().Select(i => i!.GetValue<int>()).ToList();

    private static async Task<JsonNode> RunClientAsync(string site)
    {
        var node = FindNode() ?? throw new InvalidOperationException("Node.js is missing: ./test.sh installs it (Debian package nodejs).");
        if (!File.Exists(Path.Combine(Tools, "node_modules", "wpapi", "package.json")))
        {
            throw new InvalidOperationException($"{Tools}/node_modules/wpapi is missing: run ./test.sh, which runs 'npm ci' in tests/web-standards.");
        }

        var start = new ProcessStartInfo(node) { WorkingDirectory = Tools, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("wpapi-client.mjs");
        start.ArgumentList.Add(site);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("wpapi-client.mjs did not finish in 2 minutes.");
        }

        Assert.True(process.ExitCode == 0, $"wpapi-client.mjs exited with {process.ExitCode}: {await errors}");
        return JsonNode.Parse(await output) ?? throw new InvalidOperationException("wpapi-client.mjs printed nothing.");
    }

    private static string? FindNode() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "node"))
            .FirstOrDefault(File.Exists);
}
