using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml.Linq;

namespace Dateline.Tests.Feeds;

/// <summary>The site's own feeds, read by real parsers, checked field by field, and every link followed.</summary>
[Collection(FeedCollection.Name)]
public sealed class SiteFeedTests(FeedSite site)
{
    private string Url(string path) => new Uri(site.BaseAddress, path).AbsoluteUri;

    private async Task AssertResolvesAsync(IEnumerable<string> urls)
    {
        foreach (var url in urls.Distinct())
        {
            Assert.StartsWith(site.BaseAddress.GetLeftPart(UriPartial.Authority) + "/", url);
            using var response = await site.Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Rss_feed_carries_channel_and_items_with_every_extension()
    {
        var (feed, xml, _) = await site.Client.RssAsync("/feed");
        var root = xml.Root!;
        Assert.Equal("rss", root.Name.LocalName);
        Assert.Equal("2.0", root.Attribute("version")!.Value);
        foreach (var (prefix, ns) in new[] { ("atom", Feeds.Atom), ("content", Feeds.Content), ("dc", Feeds.DublinCore), ("media", Feeds.Media) })
        {
            Assert.Equal(ns.NamespaceName, root.Attribute(XNamespace.Xmlns + prefix)!.Value);
        }

        var channel = root.Element("channel")!;
        Assert.False(string.IsNullOrWhiteSpace(feed.Title.Text));
        Assert.False(string.IsNullOrWhiteSpace(feed.Description.Text));
        Assert.Equal(Url("/"), feed.Links.First(l => l.RelationshipType == "alternate").Uri.AbsoluteUri);
        Assert.Equal("en", channel.Element("language")!.Value);
        Assert.True(DateTime.TryParseExact(channel.Element("lastBuildDate")!.Value, "r", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        var self = channel.Elements(Feeds.Atom + "link").Single();
        Assert.Equal("self", self.Attribute("rel")!.Value);
        Assert.Equal(Url("/feed"), self.Attribute("href")!.Value);

        var items = channel.Elements("item").ToList();
        Assert.Equal(20, items.Count);
        Assert.Equal(20, feed.Items.Count());
        var dates = items.Select(i => DateTime.ParseExact(i.Element("pubDate")!.Value, "r", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        foreach (var item in items)
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Element("title")!.Value));
            Assert.False(string.IsNullOrWhiteSpace(item.Element("description")!.Value));
            Assert.False(string.IsNullOrWhiteSpace(item.Element(Feeds.Content + "encoded")!.Value));
            var guid = item.Element("guid")!;
            Assert.Equal("true", guid.Attribute("isPermaLink")!.Value);
            Assert.Equal(item.Element("link")!.Value, guid.Value);
            Assert.NotEmpty(item.Elements("category"));
        }

        var ours = items.Single(i => i.Element("title")!.Value == site.InChild.Headline);
        Assert.Equal(site.Author.Replace("feed-author-", "Feed Author "), ours.Element(Feeds.DublinCore + "creator")!.Value);
        Assert.Contains(ours.Elements("category"), c => c.Value.StartsWith("Feed tag ", StringComparison.Ordinal));
        Assert.Contains(ours.Elements("category"), c => c.Value.StartsWith("Feeds child ", StringComparison.Ordinal));
        Assert.Equal(site.InChild.Standfirst, ours.Element("description")!.Value);
        // The body's site-relative link is made absolute for readers away from the site.
        Assert.Contains($"href=\"{Url("/about")}\"", ours.Element(Feeds.Content + "encoded")!.Value);
        var media = ours.Element(Feeds.Media + "content")!;
        Assert.Equal("image", media.Attribute("medium")!.Value);
        Assert.True(int.Parse(media.Attribute("width")!.Value) > 0 && int.Parse(media.Attribute("height")!.Value) > 0);
        Assert.False(string.IsNullOrWhiteSpace(media.Element(Feeds.Media + "description")!.Value));

        await AssertResolvesAsync(items.Select(i => i.Element("link")!.Value).Append(media.Attribute("url")!.Value));
    }

    [Fact]
    public async Task Atom_feed_has_ids_dates_authors_and_links_that_resolve()
    {
        var (feed, xml, _) = await site.Client.AtomAsync("/feed/atom");
        Assert.Equal(Feeds.Atom + "feed", xml.Root!.Name);
        Assert.Equal(Url("/"), feed.Id);
        Assert.False(string.IsNullOrWhiteSpace(feed.Title.Text));
        Assert.True(feed.LastUpdatedTime > DateTimeOffset.MinValue);
        Assert.Equal(Url("/feed/atom"), feed.Links.Single(l => l.RelationshipType == "self").Uri.AbsoluteUri);
        Assert.Equal(Url("/"), feed.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsoluteUri);

        var entries = feed.Items.ToList();
        Assert.Equal(20, entries.Count);
        foreach (var entry in entries)
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Id));
            Assert.False(string.IsNullOrWhiteSpace(entry.Title.Text));
            Assert.True(entry.PublishDate > DateTimeOffset.MinValue);
            Assert.True(entry.LastUpdatedTime >= entry.PublishDate);
            Assert.NotNull(entry.Summary);
            Assert.Equal("html", Assert.IsType<TextSyndicationContent>(entry.Content).Type);
        }

        var ours = entries.Single(e => e.Title.Text == site.InChild.Headline);
        var author = Assert.Single(ours.Authors);
        Assert.Equal(Url("/author/" + site.Author), author.Uri);
        Assert.Contains(ours.Categories, c => c.Name.StartsWith("Feed tag ", StringComparison.Ordinal));
        await AssertResolvesAsync(entries.Select(e => e.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsoluteUri).Append(author.Uri));
    }

    [Fact]
    public async Task Json_feed_is_version_1_1_with_items_whose_urls_resolve()
    {
        var (json, _) = await site.Client.JsonAsync("/feed.json");
        Assert.Equal("https://jsonfeed.org/version/1.1", json.GetProperty("version").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("title").GetString()));
        Assert.Equal(Url("/"), json.GetProperty("home_page_url").GetString());
        Assert.Equal(Url("/feed.json"), json.GetProperty("feed_url").GetString());
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(20, items.Count);
        Assert.Equal(items.Count, items.Select(i => i.GetProperty("id").GetString()).Distinct().Count());
        foreach (var item in items)
        {
            Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("content_html").GetString()));
            Assert.True(DateTimeOffset.TryParse(item.GetProperty("date_published").GetString(), CultureInfo.InvariantCulture, out _));
            Assert.True(DateTimeOffset.TryParse(item.GetProperty("date_modified").GetString(), CultureInfo.InvariantCulture, out _));
        }

        var ours = items.Single(i => i.GetProperty("title").GetString() == site.InChild.Headline);
        var author = Assert.Single(ours.GetProperty("authors").EnumerateArray().ToList());
        Assert.Equal(Url("/author/" + site.Author), author.GetProperty("url").GetString());
        Assert.Contains(ours.GetProperty("tags").EnumerateArray(), t => t.GetString()!.StartsWith("Feed tag ", StringComparison.Ordinal));
        await AssertResolvesAsync(items.Select(i => i.GetProperty("url").GetString()!).Append(ours.GetProperty("image").GetString()!));
    }

    [Theory]
    [InlineData("/feed")]
    [InlineData("/feed/atom")]
    [InlineData("/feed.json")]
    public async Task Only_articles_published_by_now_appear(string path)
    {
        var body = System.Text.Encoding.UTF8.GetString((await site.Client.FetchAsync(path, FeedType(path))).Bytes);
        Assert.Contains(site.InChild.Headline, body);
        Assert.All(site.NotPublished, article => Assert.DoesNotContain(article.Headline, body));
    }

    public static string FeedType(string path) =>
        path.EndsWith(".json", StringComparison.Ordinal) ? "application/feed+json"
        : path.EndsWith("/atom", StringComparison.Ordinal) ? "application/atom+xml" : "application/rss+xml";
}
