using System.Diagnostics;
using Dateline.Articles;
using Dateline.Newsroom;
using Dateline.Newsroom.Articles;
using Xunit.Abstractions;

namespace Dateline.NodeTests;

/// <summary>What one node does, every other node sees: sign-in, pages, held comments, the schedule.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SharingTests(NodeCluster cluster, ITestOutputHelper output)
{
    private static readonly TimeSpan Visible = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Signed_in_through_A_the_same_cookie_works_in_the_newsroom_through_B()
    {
        using var editor = new Browser();
        await editor.SignInAsync(cluster.A);

        var (desk, _) = await editor.GetAsync(cluster.B, "/admin");
        Assert.Equal(HttpStatusCode.OK, desk.StatusCode);

        // The form comes from A, its antiforgery token goes to B with the cookie A issued.
        await editor.GetAsync(cluster.A, "/admin/articles/new");
        var headline = "Drafted across nodes " + Guid.NewGuid().ToString("N")[..8];
        var (saved, _) = await editor.PostAsync(cluster.B, "/admin/articles/new", await ArticleFieldsAsync(headline, ArticleStep.Save));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (draft, page) = await editor.GetAsync(cluster.A, saved.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Contains(headline, Browser.FieldsOf(page, "Input.Headline").Single(f => f.Key == "Input.Headline").Value);
    }

    [Fact]
    public async Task An_article_published_and_then_edited_on_A_is_served_by_B_within_a_second()
    {
        // B has the front page stored before the news breaks.
        await StoredAsync(cluster.B, "/");

        using var editor = new Browser();
        await editor.SignInAsync(cluster.A);
        await editor.GetAsync(cluster.A, "/admin/articles/new");
        var headline = "Breaks on A " + Guid.NewGuid().ToString("N")[..8];
        var (published, _) = await editor.PostAsync(cluster.A, "/admin/articles/new", await ArticleFieldsAsync(headline, ArticleStep.Publish));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var onFront = await UntilAsync(cluster.B, "/", page => page.Contains(headline));
        output.WriteLine($"published on A, on B's front page after {onFront.TotalMilliseconds:0} ms");
        Assert.True(onFront < Visible, $"B showed the new article after {onFront.TotalMilliseconds:0} ms");

        var path = await cluster.QueryAsync<string>($"SELECT to_char(\"PublishedAt\", '/YYYY/MM/DD/') || \"Slug\" FROM \"Articles\" WHERE \"Headline\" = '{headline}'");
        // A reader has just read the article on B. Its page is stored after its last byte went out; were that store to
        // land after the edit's eviction, the eviction's repeat would take it out 400 ms later (EvictionTests covers
        // that). Here the page is in B's store first, so this measures the edit crossing nodes and nothing else.
        await StoredAsync(cluster.B, path);
        var (form, page) = await editor.GetAsync(cluster.A, published.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var corrected = headline + " (corrected)";
        var fields = Browser.FieldsOf(page, "Input.Headline").Where(f => f.Key is not "Input.Headline" and not "action").ToList();
        fields.Add(new("Input.Headline", corrected));
        fields.Add(new("action", ArticleStep.Save));
        var (edited, _) = await editor.PostAsync(cluster.A, published.Headers.Location!.OriginalString.Split('?')[0], fields);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var onPage = await UntilAsync(cluster.B, path, page => page.Contains(corrected));
        output.WriteLine($"edited on A, on B's article page after {onPage.TotalMilliseconds:0} ms");
        Assert.True(onPage < Visible, $"B showed the edit after {onPage.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task A_readers_held_comment_posted_through_A_is_shown_to_that_reader_on_B()
    {
        var path = await OpenArticleAsync(cluster);
        using var writer = new Browser();
        var (page, _) = await writer.GetAsync(cluster.A, path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var text = "Held across nodes " + Guid.NewGuid();
        var (posted, _) = await writer.PostAsync(cluster.A, path + "?handler=Comment", await CommentFieldsAsync(writer, cluster.A, path, text));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(1L, await cluster.QueryAsync<long>($"SELECT count(*) FROM \"Comments\" WHERE \"Body\" LIKE '%{text}%'"));

        var (_, own) = await writer.GetAsync(cluster.B, path);
        Assert.Contains(text, own.Body!.TextContent);
        Assert.Contains("Your comment is awaiting moderation.", own.Body!.TextContent);
        using var other = new Browser();
        var (_, theirs) = await other.GetAsync(cluster.B, path);
        Assert.DoesNotContain(text, theirs.Body!.TextContent);
    }

    [Fact]
    public async Task A_scheduled_article_is_published_exactly_once_with_both_nodes_running()
    {
        using var editor = new Browser();
        await editor.SignInAsync(cluster.B);
        await editor.GetAsync(cluster.B, "/admin/articles/new");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(await cluster.QueryAsync<string>("SELECT \"TimeZone\" FROM \"SiteSettings\" LIMIT 1"));
        var due = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddSeconds(3), zone);
        var fields = await ArticleFieldsAsync("Scheduled on two nodes " + Guid.NewGuid().ToString("N")[..8], ArticleStep.Schedule);
        fields.Add(new("Input.ScheduleFor", due.ToString("yyyy-MM-ddTHH:mm:ss")));
        var (scheduled, _) = await editor.PostAsync(cluster.B, "/admin/articles/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var id = scheduled.Headers.Location!.OriginalString.Split('?')[0].Split('/').Last();
        var line = $"Published scheduled article {id} ";

        var clock = Stopwatch.StartNew();
        while (Published() == 0 && clock.Elapsed < TimeSpan.FromSeconds(40))
        {
            await Task.Delay(200);
        }

        Assert.Equal(1, Published());
        // Both nodes have had at least one more round since: neither publishes it again.
        await Task.Delay(PublishScheduledArticles.Every + TimeSpan.FromSeconds(2));
        Assert.Equal(1, Published());
        Assert.Equal(1L, await cluster.QueryAsync<long>($"SELECT count(*) FROM \"Articles\" WHERE \"Id\" = {id} AND \"PublishedAt\" IS NOT NULL"));

        int Published() => NodeCluster.Count(cluster.NodeA.Output, line) + NodeCluster.Count(cluster.NodeB.Output, line);
    }

    /// <summary>Reads the page until the node serves it from the shared store (the output cache's Age header says so).</summary>
    private static async Task StoredAsync(Uri node, string path)
    {
        using var reader = new HttpClient();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            using var response = await reader.GetAsync(new Uri(node, path));
            response.EnsureSuccessStatusCode();
            if (response.Headers.Age is not null)
            {
                return;
            }

            await Task.Delay(10);
        }

        Assert.Fail($"{path} was never served from {node}'s store.");
    }

    private async Task<TimeSpan> UntilAsync(Uri node, string path, Func<string, bool> shows)
    {
        using var reader = new HttpClient();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (shows(await reader.GetStringAsync(new Uri(node, path))))
            {
                return clock.Elapsed;
            }

            await Task.Delay(10);
        }

        return clock.Elapsed;
    }

    public static async Task<string> OpenArticleAsync(NodeCluster cluster) =>
        await cluster.QueryAsync<string>(
            $"SELECT to_char(\"PublishedAt\", '/YYYY/MM/DD/') || \"Slug\" FROM \"Articles\" WHERE \"CommentStatus\" = {(int)CommentStatus.Open} AND \"Status\" = {(int)ArticleStatus.Published} ORDER BY \"PublishedAt\" DESC LIMIT 1");

    private async Task<List<KeyValuePair<string, string>>> ArticleFieldsAsync(string headline, string action) =>
    [
        new("Input.Headline", headline),
        new("Input.BodyHtml", "<p>Words of the article.</p>"),
        new("Input.PrimarySectionId", (await cluster.QueryAsync<int>("SELECT min(\"Id\") FROM \"Sections\"")).ToString()),
        new("Input.Language", "en"),
        new("Input.CommentStatus", "Open"),
        new("action", action),
    ];

    /// <summary>The comment form's fields with a fresh stamp, fetched as the form's script does.</summary>
    public static async Task<List<KeyValuePair<string, string>>> CommentFieldsAsync(Browser reader, Uri node, string path, string text)
    {
        var (_, page) = await reader.GetAsync(node, path);
        var form = page.QuerySelector("form.comment-form")!;
        var (stamp, _) = await reader.GetAsync(node, form.GetAttribute("data-stamp")!);
        return
        [
            new("Input.Stamp", await stamp.Content.ReadAsStringAsync()),
            new("Input.Comment", text), new("Input.Name", "Reader"), new("Input.Email", $"reader-{Guid.NewGuid():N}@example.org"), new("Input.Website", ""),
        ];
    }
}
