using System.Xml.Linq;
using Dateline.Articles;
using Dateline.Authors;
using Dateline.Comments;
using Dateline.Redirects;
using Dateline.Sections;
using Dateline.Site;
using Dateline.StaticPages;
using Dateline.Tags;
using Dateline.WordPress;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.WordPress;

/// <summary>The WordPress project's Theme Unit Test export, imported into an empty site and read back over HTTP.</summary>
public sealed class WordPressImportTests : IAsyncLifetime
{
    private static readonly XNamespace Wp = "https://wordpress.org/export/1.2/";
    private readonly WordPressSite site = new();

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();

    [Fact]
    public async Task Theme_unit_test_export_imports_with_exact_counts()
    {
        var summary = await site.ImportAsync(WordPressSite.ThemeUnitTest);

        Assert.Null(summary.FatalError);
        Assert.Equal(0, summary.TotalFailed);
        // 58 posts: 56 published, 1 future (scheduled), 1 draft; the password-protected one is kept unpublished.
        Assert.Equal(58, summary.Created(WordPressKind.Post));
        Assert.Equal(58, await site.CountAsync<Article>());
        Assert.Equal(21, await site.CountAsync<StaticPage>());
        // All 37 attachments are recorded; with no uploads folder their original addresses are kept.
        Assert.Equal(37, summary.Created(WordPressKind.Attachment));
        // 33 comments: the 28 on posts come in; the 5 on pages are skipped (Dateline's pages take no comments).
        Assert.Equal(28, await site.CountAsync<Comment>());
        Assert.Equal(5, summary.Skipped(WordPressKind.Comment));
        // 68 categories (the "6.1" wp:term repeats one of them); the 6 nav_menu terms are not sections.
        Assert.Equal(68, summary.Created(WordPressKind.Category));
        Assert.Equal(68, await site.CountAsync<Section>());
        Assert.Equal(110, await site.CountAsync<Tag>());
        Assert.Equal(2, await site.CountAsync<Author>());
        // 70 menu entries in 5 menus: the largest ("testing-menu", 23 entries) becomes the site menu.
        Assert.Equal(23, await site.CountAsync<MenuItem>());
        Assert.Equal(47, summary.Skipped(WordPressKind.MenuItem));

        var statuses = await site.WithDbAsync(db => db.Articles.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        Assert.Equal(55, statuses[ArticleStatus.Published]);
        Assert.Equal(1, statuses[ArticleStatus.Scheduled]);
        Assert.Equal(1, statuses[ArticleStatus.Draft]);
        Assert.Equal(1, statuses[ArticleStatus.Unpublished]);
        var comments = await site.WithDbAsync(db => db.Comments.Where(c => c.ParentId != null).CountAsync());
        Assert.True(comments > 0, "threaded replies keep their parent");
    }

    [Fact]
    public async Task Every_imported_post_and_page_renders()
    {
        await site.ImportAsync(WordPressSite.ThemeUnitTest);

        var paths = await site.PublishedPathsAsync();
        Assert.Equal(55 + 21, paths.Count);
        foreach (var path in paths)
        {
            using var response = await site.Client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Old_links_answer_301_with_the_new_address()
    {
        await site.ImportAsync(WordPressSite.ThemeUnitTest);
        var export = XDocument.Load(WordPressSite.ThemeUnitTest);
        var newPaths = await site.WithDbAsync(async db =>
        {
            var sources = await db.WordPressSources.Where(s => s.Kind == WordPressKind.Post || s.Kind == WordPressKind.Page).ToListAsync();
            var articles = await db.Articles.ToDictionaryAsync(a => a.Id, a => a.Path);
            var pages = await db.StaticPages.ToDictionaryAsync(p => p.Id, p => p.Url);
            return sources.ToDictionary(s => s.WordPressId, s => s.Kind == WordPressKind.Post ? articles[s.LocalId!.Value] : pages[s.LocalId!.Value]);
        });

        foreach (var item in export.Descendants("item").Where(i => (string?)i.Element(Wp + "post_type") is "post" or "page"))
        {
            var id = (string)item.Element(Wp + "post_id")!;
            var expected = newPaths[id];
            var parameter = (string)item.Element(Wp + "post_type")! == "post" ? "p" : "page_id";
            await AssertMovedAsync($"/?{parameter}={id}", expected);
            // One of the Greek pages' links has a doubled slash ("…com//greek/…"); WordPress answers it as the single one.
            var link = System.Text.RegularExpressions.Regex.Replace(new Uri((string)item.Element("link")!).AbsolutePath, "/{2,}", "/");
            if (link.TrimEnd('/') != expected && link.Length > 1)
            {
                await AssertMovedAsync(link, expected);
                // The old comment feed leads to the article's comment feed; a page has none, so to the page.
                await AssertMovedAsync(link.TrimEnd('/') + "/feed/", parameter == "p" ? expected + "/feed" : expected);
            }
        }

        await AssertMovedAsync("/?page_id=2", "/about");
        await AssertMovedAsync("/about/page-with-comments/", "/page-with-comments");
        await AssertMovedAsync("/category/parent-category/child-category-01/", "/category/parent-category/child-category-01");
        await AssertMovedAsync("/category/parent-category/child-category-01/feed/", "/category/parent-category/child-category-01/feed");
        await AssertMovedAsync("/tag/8bit/", "/tag/8bit");
        // The tag keeps its address, and Dateline's feeds answer with WordPress's trailing slash too.
        using (var tagFeed = await site.Client.GetAsync("/tag/8bit/feed/"))
        {
            Assert.Equal(HttpStatusCode.OK, tagFeed.StatusCode);
            Assert.Contains("<rss", await tagFeed.Content.ReadAsStringAsync());
        }

        await AssertMovedAsync("/author/themedemos/", "/author/themedemos");
        // An attachment whose file was not copied leads to the post it belongs to.
        var attachment = export.Descendants("item").First(i => (string?)i.Element(Wp + "post_type") == "attachment" && (string?)i.Element(Wp + "post_parent") is { } p && newPaths.ContainsKey(p));
        await AssertMovedAsync($"/?attachment_id={(string)attachment.Element(Wp + "post_id")!}", newPaths[(string)attachment.Element(Wp + "post_parent")!]);
    }

    [Fact]
    public async Task Importing_twice_updates_and_never_duplicates()
    {
        await site.ImportAsync(WordPressSite.ThemeUnitTest);
        var first = await site.SnapshotAsync();

        var again = await site.ImportAsync(WordPressSite.ThemeUnitTest);

        Assert.Equal(0, again.Created(WordPressKind.Post));
        Assert.Equal(58, again.Updated(WordPressKind.Post));
        Assert.Equal(21, again.Updated(WordPressKind.Page));
        Assert.Equal(28, again.Updated(WordPressKind.Comment));
        Assert.Equal(23, again.Updated(WordPressKind.MenuItem));
        Assert.Equal(first, await site.SnapshotAsync());
    }

    [Fact]
    public async Task An_interrupted_import_run_again_ends_as_one_clean_run()
    {
        var clean = new WordPressSite();
        await clean.InitializeAsync();
        string expected;
        try
        {
            await clean.ImportAsync(WordPressSite.ThemeUnitTest, batchSize: 10);
            expected = await clean.SnapshotAsync();
        }
        finally
        {
            await clean.DisposeAsync();
        }

        using var stop = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            site.ImportAsync(WordPressSite.ThemeUnitTest, batchSize: 10, afterBatch: written => { if (written >= 40) { stop.Cancel(); } }, stop.Token));
        var partial = await site.CountAsync<Article>() + await site.CountAsync<StaticPage>();
        Assert.InRange(partial, 1, 78);

        var resumed = await site.ImportAsync(WordPressSite.ThemeUnitTest, batchSize: 10);

        Assert.Equal(0, resumed.TotalFailed);
        Assert.Equal(expected, await site.SnapshotAsync());
    }

    private async Task AssertMovedAsync(string oldPath, string newPath)
    {
        using var response = await site.Client.GetAsync(oldPath);
        Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"GET {oldPath}: {(int)response.StatusCode}, expected 301 to {newPath}");
        Assert.Equal(newPath, Uri.UnescapeDataString(response.Headers.Location!.OriginalString));
    }
}
