using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace Dateline.Tests.Feeds;

/// <summary>Fetches feeds and reads them with real parsers: SyndicationFeed for RSS and Atom, System.Text.Json for JSON Feed.</summary>
public static class Feeds
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Media = "http://search.yahoo.com/mrss/";

    public sealed record Fetched(HttpResponseMessage Response, byte[] Bytes);

    public static async Task<Fetched> FetchAsync(this HttpClient client, string path, string mediaType, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(expected == response.StatusCode, $"GET {path}: {(int)response.StatusCode}");
        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
        }

        return new Fetched(response, bytes);
    }

    public static async Task<(SyndicationFeed Feed, XDocument Xml, byte[] Bytes)> RssAsync(this HttpClient client, string path)
    {
        var fetched = await client.FetchAsync(path, "application/rss+xml");
        return (Load(fetched.Bytes), Parse(fetched.Bytes), fetched.Bytes);
    }

    public static async Task<(SyndicationFeed Feed, XDocument Xml, byte[] Bytes)> AtomAsync(this HttpClient client, string path)
    {
        var fetched = await client.FetchAsync(path, "application/atom+xml");
        return (Load(fetched.Bytes), Parse(fetched.Bytes), fetched.Bytes);
    }

    public static async Task<(JsonElement Feed, byte[] Bytes)> JsonAsync(this HttpClient client, string path)
    {
        var fetched = await client.FetchAsync(path, "application/feed+json");
        return (JsonDocument.Parse(fetched.Bytes).RootElement.Clone(), fetched.Bytes);
    }

    /// <summary>The item links of any of the three formats, in document order.</summary>
    public static async Task<IReadOnlyList<string>> LinksAsync(this HttpClient client, string feedPath)
    {
        if (feedPath.EndsWith(".json", StringComparison.Ordinal))
        {
            var (json, _) = await client.JsonAsync(feedPath);
            return json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("url").GetString()!).ToList();
        }

        var (feed, _, _) = feedPath.EndsWith("/atom", StringComparison.Ordinal) ? await client.AtomAsync(feedPath) : await client.RssAsync(feedPath);
        return feed.Items.Select(i => i.Links.First(l => l.RelationshipType is null or "alternate").Uri.AbsoluteUri).ToList();
    }

    private static SyndicationFeed Load(byte[] bytes)
    {
        // As a careful client reads: no DTD processing.
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return SyndicationFeed.Load(reader);
    }

    private static XDocument Parse(byte[] bytes) => XDocument.Load(new MemoryStream(bytes));
}
