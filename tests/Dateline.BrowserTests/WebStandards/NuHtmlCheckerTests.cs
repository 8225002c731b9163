using System.Text.Json;
using Dateline.BrowserTests.Browser;
using Dateline.Tests;

namespace Dateline.BrowserTests.WebStandards;

/// <summary>
/// Every public page type, as the server sends it, through the Nu HTML Checker (the W3C validator, vnu-jar)
/// in one run of the machine's Java; the reader stylesheet through its CSS checker.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NuHtmlCheckerTests(DemoNewsroom site)
{
    public const string CommentErrors = "article after a comment with errors";

    // One Java start checks every page; the theory cases read its findings.
    private static Task<ILookup<string, string>>? findings;

    public static TheoryData<string> Pages => new([.. DemoNewsroom.PageKinds, CommentErrors, .. DemoNewsroom.NewsroomPageKinds]);

    public static TheoryData<string> Stylesheets => new("site.css", "newsroom.css", "article-editor.css");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_HTML_errors(string kind)
    {
        var errors = (await (findings ??= CheckEverythingAsync()))[kind].ToList();
        Assert.True(errors.Count == 0, $"The Nu HTML Checker found {errors.Count} errors on the {kind} page:\n{string.Join('\n', errors)}");
    }

    [Theory]
    [MemberData(nameof(Stylesheets))]
    public async Task Stylesheet_has_no_CSS_errors(string stylesheet)
    {
        var errors = (await (findings ??= CheckEverythingAsync()))[stylesheet].ToList();
        Assert.True(errors.Count == 0, $"The Nu HTML Checker found CSS errors in {stylesheet}:\n{string.Join('\n', errors)}");
    }

    private async Task<ILookup<string, string>> CheckEverythingAsync()
    {
        var folder = Directory.CreateTempSubdirectory("dateline-vnu-").FullName;
        try
        {
            var files = new Dictionary<string, string>();
            foreach (var kind in DemoNewsroom.PageKinds)
            {
                using var response = await site.Client.GetAsync(await site.PathOfAsync(kind));
                files[kind] = await SaveAsync(folder, kind, await response.Content.ReadAsStringAsync());
            }

            files[CommentErrors] = await SaveAsync(folder, CommentErrors, await site.CommentWithErrorsAsync());
            using (var editor = await site.MemberClientAsync())
            using (var administrator = await site.MemberClientAsync(DemoNewsroom.AdministratorEmail))
            {
                foreach (var kind in DemoNewsroom.NewsroomPageKinds)
                {
                    // The sign-in page is what a signed-out visitor gets; every other newsroom page what its member gets.
                    var client = kind == DemoNewsroom.SignIn ? site.Client : DemoNewsroom.MemberFor(kind) == DemoNewsroom.EditorEmail ? editor : administrator;
                    using var response = await client.GetAsync(await site.NewsroomPathOfAsync(kind));
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    files[kind] = await SaveAsync(folder, kind, await response.Content.ReadAsStringAsync());
                }
            }

            foreach (var stylesheet in new[] { "site.css", "newsroom.css", "article-editor.css" })
            {
                files[stylesheet] = Path.Combine(folder, stylesheet);
                File.Copy(Path.Combine(TestEnvironment.ContentRoot, "wwwroot", "css", stylesheet), files[stylesheet]);
            }

            var run = await WebTools.RunAsync("java", ["-jar", WebTools.VnuJar, "--format", "json", "--exit-zero-always", "--also-check-css", .. files.Values], TimeSpan.FromMinutes(3));
            // vnu names files "file:/tmp/…", with one slash.
            var kindOf = files.ToDictionary(f => "file:" + f.Value, f => f.Key);
            using var report = JsonDocument.Parse(run.Errors);
            var found = report.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
                .Select(m => (Kind: m.TryGetProperty("url", out var url) && kindOf.TryGetValue(url.GetString()!, out var kind) ? kind : "",
                    Text: $"line {(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}" +
                          (m.TryGetProperty("extract", out var extract) ? $" in «{extract.GetString()}»" : "")))
                .ToLookup(m => m.Kind, m => m.Text);
            // A message about no page (the checker itself failed) must not pass unnoticed.
            return found[""].Any() ? throw new InvalidOperationException("The Nu HTML Checker failed: " + string.Join('\n', found[""])) : found;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> SaveAsync(string folder, string kind, string html)
    {
        var file = Path.Combine(folder, kind.Replace(' ', '-') + ".html");
        await File.WriteAllTextAsync(file, html);
        return file;
    }
}
