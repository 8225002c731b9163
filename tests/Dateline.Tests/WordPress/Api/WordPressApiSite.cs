using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Dateline.Articles;
using Dateline.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dateline.Tests.WordPress.Api;

/// <summary>
/// The Theme Unit Test export imported once into an empty site, plus one picture in the media library as an
/// article's featured image (the import keeps the fixture's pictures at their old addresses), for every API test.
/// </summary>
public sealed class WordPressApiSite : IAsyncLifetime
{
    public WordPressSite Site { get; } = new();
    public HttpClient Client => Site.Client;

    /// <summary>Addresses the fixture's authors and commenters used; no answer may ever hold one.</summary>
    public static readonly string[] FixtureEmails =
        ["themereviewteam@gmail.com", "themeshaperwp+demos@gmail.com", "anon@example.com", "auser@example.com", "example@example.com", "example@example.org"];

    public static JsonObject Shapes { get; } = JsonNode.Parse(File.ReadAllText(
        Path.Combine(TestEnvironment.RepositoryRoot, "tests", "Dateline.Tests", "WordPress", "Api", "Expected", "shapes.json")))!.AsObject();

    public int PictureId { get; private set; }
    public int PicturedArticleId { get; private set; }

    private readonly ConcurrentDictionary<ActivityTraceId, int[]> queryCounts = new();
    private readonly List<IDisposable> listening = [];

    public async Task InitializeAsync()
    {
        ListenToQueries();
        await Site.InitializeAsync();
        await Site.ImportAsync(WordPressSite.ThemeUnitTest);
        await Site.WithDbAsync(async db =>
        {
            var picture = new MediaItem
            {
                FilePath = "2026/11/api-picture.jpg", ContentType = "image/jpeg", Width = 1200, Height = 800, ByteSize = 12345,
                AltText = "A test picture", Caption = "Taken for the API tests", CreatedAt = new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc),
                RenditionWidths = "320 640 960",
            };
            db.Media.Add(picture);
            // A picture only a draft uses stays out of the API.
            db.Media.Add(new MediaItem { FilePath = "2026/11/embargoed.jpg", ContentType = "image/jpeg", Width = 10, Height = 10, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            var article = await db.Articles.Where(a => a.Status == ArticleStatus.Published).OrderBy(a => a.Id).FirstAsync();
            article.FeaturedImageId = picture.Id;
            var embargoed = await db.Media.SingleAsync(m => m.FilePath == "2026/11/embargoed.jpg");
            var draft = await db.Articles.FirstAsync(a => a.Status == ArticleStatus.Draft);
            draft.FeaturedImageId = embargoed.Id;
            await db.SaveChangesAsync();
            PictureId = picture.Id;
            PicturedArticleId = article.Id;
        });
    }

    public Task DisposeAsync()
    {
        listening.ForEach(l => l.Dispose());
        return Site.DisposeAsync();
    }

    /// <summary>
    /// Counts the commands EF sends while serving one request, told apart from background work (related stories,
    /// scheduled publishing) and other test sites by the trace id the request carries in its traceparent header.
    /// </summary>
    public async Task<int> CountQueriesAsync(string path)
    {
        var trace = ActivityTraceId.CreateRandom();
        var count = queryCounts.GetOrAdd(trace, _ => [0]);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        // The cost of answering, not of copying a stored answer: a newsroom cookie (even a made-up one) passes the cache.
        request.Headers.Add("Cookie", "dateline_newsroom=uncached");
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        queryCounts.TryRemove(trace, out _);
        Assert.True(count[0] > 0, "the request's queries were seen");
        return count[0];
    }

    // Listening starts before the app does: EF caches for a while whether anyone listens to its diagnostics.
    private void ListenToQueries()
    {
        var activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
        };
        ActivitySource.AddActivityListener(activities);
        listening.Add(activities);
        listening.Add(DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                lock (listening)
                {
                    listening.Add(listener.Subscribe(new Observer<KeyValuePair<string, object?>>(e =>
                    {
                        if (e.Key == RelationalEventId.CommandExecuted.Name && Activity.Current is { } activity && queryCounts.TryGetValue(activity.TraceId, out var count))
                        {
                            Interlocked.Increment(ref count[0]);
                        }
                    })));
                }
            }
        })));
    }

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnNext(T value) => next(value);

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    public sealed record Answer(HttpStatusCode Status, JsonNode? Json, HttpResponseMessage Response, string Body)
    {
        public JsonArray Array => Json!.AsArray();
        public JsonObject Object => Json!.AsObject();
        public string? Header(string name) => Response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
        public int Total => int.Parse(Header("X-WP-Total")!);
        public int TotalPages => int.Parse(Header("X-WP-TotalPages")!);
        public string? Code => Json?["code"]?.GetValue<string>();
    }

    public async Task<Answer> GetAsync(string path, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        JsonNode? json = null;
        if (body.Length > 0)
        {
            json = JsonNode.Parse(body);
        }

        return new Answer(response.StatusCode, json, response, body);
    }

    public static IReadOnlyList<string> Keys(JsonNode? node) => node!.AsObject().Select(p => p.Key).ToList();

    public static IReadOnlyList<string> Expected(string shape) => Shapes[shape]!.AsArray().Select(k => k!.GetValue<string>()).ToList();

    public DateTime Now => DateTime.UtcNow;
}
