using System.Text;
using Dateline.Articles;
using Dateline.WordPress;

namespace Dateline.Tests.WordPress;

/// <summary>Files that are broken or built to hurt: a clear message with line and column, nothing half-imported, flat memory.</summary>
public sealed class WordPressHostileInputTests : IAsyncLifetime
{
    private readonly WordPressSite site = new();

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();

    [Theory]
    [InlineData("billion-laughs.xml", "DTD")]
    [InlineData("external-entity.xml", "DTD")]
    [InlineData("unknown-version.xml", "WXR version “9.9”")]
    [InlineData("bad-encoding.xml", "")]
    public async Task Hostile_or_foreign_file_stops_with_line_and_column_and_imports_nothing_of_it(string file, string expected)
    {
        var summary = await site.ImportAsync(WordPressSite.Own(file));

        Assert.NotNull(summary.FatalError);
        Assert.Contains(expected, summary.FatalError);
        Assert.Matches(@"\(line \d+, column \d+\)", summary.FatalError);
        Assert.True(summary.TotalFailed > 0);
        var titles = await site.WithDbAsync(db => Task.FromResult(db.Articles.Select(a => a.Headline).ToList()));
        Assert.DoesNotContain(titles, t => t.Contains("lol") || t.Contains("Leak") || t.Contains("Caf"));
        if (file == "bad-encoding.xml")
        {
            // The well-formed item before the bad bytes is whole; the one at fault is not there at all.
            Assert.Equal(["First report"], titles);
        }
        else
        {
            Assert.Empty(titles);
        }
    }

    [Fact]
    public async Task Truncated_file_keeps_the_whole_items_before_the_cut_and_nothing_of_the_cut_one()
    {
        var summary = await site.ImportAsync(WordPressSite.Own("truncated.xml"));

        Assert.Matches(@"not well-formed.*\(line \d+, column \d+\)", summary.FatalError);
        var slugs = await site.WithDbAsync(db => Task.FromResult(db.Articles.OrderBy(a => a.Slug).Select(a => a.Slug).ToList()));
        Assert.Equal(["first-report", "second-report"], slugs);
    }

    [Fact]
    public async Task Huge_text_node_refuses_its_item_only_without_reading_it_into_memory()
    {
        using var export = new MemoryStream();
        var head = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.1/">
            <channel><wp:wxr_version>1.1</wp:wxr_version><wp:base_blog_url>https://huge.example</wp:base_blog_url>
            <item><title>Too long</title><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><content:encoded>
            """;
        export.Write(Encoding.UTF8.GetBytes(head));
        var line = Encoding.UTF8.GetBytes(new string('x', 1023) + "\n");
        for (var written = 0; written < 16 * ArticleBody.MaxLength; written += line.Length)
        {
            export.Write(line);
        }

        export.Write(Encoding.UTF8.GetBytes("""
            </content:encoded></item>
            <item><title>Fits</title><wp:post_id>2</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_name>fits</wp:post_name>
            <content:encoded>Short.</content:encoded></item>
            </channel></rss>
            """));
        export.Position = 0;

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var summary = await site.ImportAsync(export);

        Assert.Null(summary.FatalError);
        Assert.Equal(1, summary.Failed(WordPressKind.Post));
        Assert.Contains(summary.Failures, f => f.Contains("item 1") && f.Contains("longer than") && f.Contains("line"));
        Assert.Equal(["fits"], await site.WithDbAsync(db => Task.FromResult(db.Articles.Select(a => a.Slug).ToList())));
        // The text node is 32 million characters (64 MB as a string); reading stops at the limit, so far less is ever allocated.
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.True(allocated < 48L * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }
}
