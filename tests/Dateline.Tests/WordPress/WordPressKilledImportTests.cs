using System.Diagnostics;
using System.Text;
using Dateline.WordPress;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.WordPress;

/// <summary>The import verb in a child process, killed with SIGKILL between batches, then run again.</summary>
public sealed class WordPressKilledImportTests : IAsyncLifetime
{
    private const int Posts = 6000;
    private readonly WordPressSite site = new();
    private readonly string export = Path.Combine(Path.GetTempPath(), $"dateline-wp-killed-{Guid.NewGuid():N}.xml");

    public async Task InitializeAsync()
    {
        await site.InitializeAsync();
        await File.WriteAllTextAsync(export, Export(), Encoding.UTF8);
    }

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        File.Delete(export);
    }

    [Fact]
    public async Task Import_killed_mid_way_and_run_again_ends_as_one_clean_run()
    {
        var clean = new WordPressSite();
        await clean.InitializeAsync();
        string expected;
        try
        {
            await clean.ImportAsync(export);
            expected = await clean.SnapshotAsync();
        }
        finally
        {
            await clean.DisposeAsync();
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = TestEnvironment.ContentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Dateline.dll"), "import", "wordpress", export }.Concat(site.Database.Arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using (var child = Process.Start(start)!)
        {
            _ = child.StandardOutput.ReadToEndAsync();
            _ = child.StandardError.ReadToEndAsync();
            var watch = Stopwatch.StartNew();
            while (await MappedPostsAsync() == 0 && !child.HasExited && watch.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(10);
            }

            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }

        var partial = await MappedPostsAsync();
        Assert.InRange(partial, 1, Posts - 1);
        Assert.Equal(partial, await site.CountAsync<Dateline.Articles.Article>());

        var resumed = await site.ImportAsync(export);

        Assert.Equal(0, resumed.TotalFailed);
        Assert.Equal(Posts - partial, resumed.Created(WordPressKind.Post));
        Assert.Equal(expected, await site.SnapshotAsync());
    }

    private Task<int> MappedPostsAsync() => site.WithDbAsync(db => db.WordPressSources.CountAsync(s => s.Kind == WordPressKind.Post));

    private static string Export()
    {
        var xml = new StringBuilder("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://killed.example</wp:base_blog_url>
            <wp:category><wp:term_id>1</wp:term_id><wp:category_nicename>news</wp:category_nicename><wp:cat_name>News</wp:cat_name></wp:category>
            """);
        for (var i = 1; i <= Posts; i++)
        {
            xml.Append($"""
                <item><title>Report {i}</title><link>https://killed.example/report-{i}/</link><wp:post_id>{i}</wp:post_id><wp:post_type>post</wp:post_type>
                <wp:status>publish</wp:status><wp:post_name>report-{i % 4000}</wp:post_name><wp:post_date_gmt>2024-01-01 10:00:00</wp:post_date_gmt>
                <category domain="category" nicename="news">News</category><content:encoded>Paragraph {i}.

                Another paragraph.</content:encoded>
                <wp:comment><wp:comment_id>{i}</wp:comment_id><wp:comment_author>Reader</wp:comment_author><wp:comment_content>Comment {i}</wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_date_gmt>2024-01-02 10:00:00</wp:comment_date_gmt></wp:comment></item>

                """);
        }

        return xml.Append("</channel></rss>").ToString();
    }
}
