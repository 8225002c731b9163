using System.Text.Json.Nodes;
using Dateline.Articles;
using Dateline.Media;
using Microsoft.EntityFrameworkCore;

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

    public async Task InitializeAsync()
    {
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

    public Task DisposeAsync() => Site.DisposeAsync();

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
