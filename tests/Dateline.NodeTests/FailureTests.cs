using System.Collections.Concurrent;
using System.Diagnostics;
using Xunit.Abstractions;

namespace Dateline.NodeTests;

/// <summary>A node dies, Redis goes away, PostgreSQL goes away: readers are still served, and nothing acknowledged is lost.</summary>
[Collection(ClusterCollection.Name)]
public sealed class FailureTests(NodeCluster cluster, ITestOutputHelper output)
{
    [Fact]
    public async Task Node_A_killed_under_load_readers_keep_getting_pages_from_B_and_no_acknowledged_write_is_lost()
    {
        var load = new ReaderLoad(cluster.Front, await ReaderPathsAsync());
        var article = await SharingTests.OpenArticleAsync(cluster);
        var acknowledged = new ConcurrentBag<string>();
        var refused = 0;
        using var stop = new CancellationTokenSource();

        var readers = load.RunAsync(TimeSpan.FromSeconds(8));
        var writer = Task.Run(async () =>
        {
            // Comments through nginx, one after another; a comment counts as written when the site answered its redirect.
            using var commenter = new Browser();
            while (!stop.IsCancellationRequested)
            {
                var text = "Written while a node dies " + Guid.NewGuid();
                try
                {
                    var (posted, _) = await commenter.PostAsync(cluster.Front, article + "?handler=Comment",
                        await SharingTests.CommentFieldsAsync(commenter, cluster.Front, article, text));
                    if (posted.StatusCode == HttpStatusCode.Redirect)
                    {
                        acknowledged.Add(text);
                    }
                    else
                    {
                        Interlocked.Increment(ref refused);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref refused);
                }
            }
        });

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var before = acknowledged.Count;
        cluster.NodeA.Kill();
        await readers;
        stop.Cancel();
        await writer;
        output.WriteLine($"{load.Requests} reads, statuses {string.Join(", ", load.Statuses.Select(s => $"{s.Key}×{s.Value}"))}; " +
            $"{acknowledged.Count} comments acknowledged ({acknowledged.Count - before} after the kill), {refused} not");

        Assert.True(load.Failures.Count == 0, string.Join("\n", load.Failures.Take(20)));
        Assert.True(acknowledged.Count > before, "B took no write after A died");
        foreach (var text in acknowledged)
        {
            Assert.Equal(1L, await cluster.QueryAsync<long>($"SELECT count(*) FROM \"Comments\" WHERE \"Body\" LIKE '%{text}%'"));
        }

        await cluster.RestartAAsync();
    }

    [Fact]
    public async Task Redis_stopped_and_started_under_load_gives_readers_no_5xx_and_shared_caching_resumes()
    {
        var paths = await ReaderPathsAsync();
        var load = new ReaderLoad(cluster.Front, paths);
        var warned = Warnings();
        var readers = load.RunAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await cluster.Redis.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        var during = load.Requests;
        cluster.StartRedis();
        await UntilBothSayAsync("redis: Healthy");
        await Task.Delay(TimeSpan.FromSeconds(1));
        await WhenAllDone(readers, load);
        output.WriteLine($"{load.Requests} reads ({during} by the time Redis came back), statuses {string.Join(", ", load.Statuses.Select(s => $"{s.Key}×{s.Value}"))}");

        Assert.True(load.Failures.Count == 0, string.Join("\n", load.Failures.Take(20)));
        // One warning per node for the outage, not one per request.
        Assert.Equal(warned + 2, Warnings());

        // A page stored through A is served by B from Redis: a second later, B's copy is a second old. Both are asked
        // under the site's one address, as nginx asks them (the address is part of the stored page's key).
        var unread = await cluster.QueryAsync<string>(
            $"SELECT to_char(\"PublishedAt\", '/YYYY/MM/DD/') || \"Slug\" FROM \"Articles\" WHERE \"Status\" = {(int)Articles.ArticleStatus.Published} ORDER BY \"PublishedAt\" LIMIT 1");
        Assert.DoesNotContain(unread, paths);
        using var reader = new HttpClient();
        using (var first = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(cluster.A, unread)) { Headers = { Host = cluster.Front.Authority } }))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        await Task.Delay(TimeSpan.FromSeconds(1.2));
        using var second = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(cluster.B, unread)) { Headers = { Host = cluster.Front.Authority } });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(second.Headers.Age >= TimeSpan.FromSeconds(1), $"B rendered the page itself (Age {second.Headers.Age})");

        int Warnings() => NodeCluster.Count(cluster.NodeA.Output + cluster.NodeB.Output, "Redis is unavailable");
    }

    [Fact]
    public async Task With_PostgreSQL_away_stored_pages_are_served_other_pages_are_a_503_and_healthz_names_the_database()
    {
        using var reader = new HttpClient();
        await reader.GetStringAsync(new Uri(cluster.Front, "/"));
        await cluster.StopPostgresServerAsync();
        try
        {
            using var stored = await reader.GetAsync(new Uri(cluster.Front, "/"));
            Assert.Equal(HttpStatusCode.OK, stored.StatusCode);

            using var search = await reader.GetAsync(new Uri(cluster.Front, "/search?q=" + Guid.NewGuid().ToString("N")));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, search.StatusCode);
            Assert.NotNull(search.Headers.RetryAfter);
            var page = await Html.ParseAsync(await search.Content.ReadAsStringAsync());
            Assert.Contains("Please try again in a moment", page.Body!.TextContent);

            using var health = await reader.GetAsync(new Uri(cluster.A, "/healthz"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Contains("database: Unhealthy", await health.Content.ReadAsStringAsync());
        }
        finally
        {
            await cluster.StartPostgresServerAsync();
        }

        await UntilBothSayAsync("database: Healthy");
    }

    private async Task<IReadOnlyList<string>> ReaderPathsAsync()
    {
        var paths = new List<string> { "/", "/feed" };
        using var reader = new HttpClient();
        var front = await Html.ParseAsync(await reader.GetStringAsync(new Uri(cluster.Front, "/")));
        paths.AddRange(front.QuerySelectorAll("a[href^='/20']").Select(a => a.GetAttribute("href")!).Distinct().Take(8));
        paths.AddRange(front.QuerySelectorAll("a[href^='/category/']").Select(a => a.GetAttribute("href")!).Distinct().Take(3));
        return paths;
    }

    private async Task UntilBothSayAsync(string state)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        foreach (var node in new[] { cluster.A, cluster.B })
        {
            while (!(await client.GetStringAsync(new Uri(node, "/healthz")).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "")).Contains(state))
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{node} did not say '{state}' within 30 s");
                await Task.Delay(200);
            }
        }
    }

    private static async Task WhenAllDone(Task readers, ReaderLoad load)
    {
        // The load runs for a fixed time; this test has seen what it needed, so it waits for the rest to end.
        await readers;
        Assert.True(load.Requests > 0);
    }
}
