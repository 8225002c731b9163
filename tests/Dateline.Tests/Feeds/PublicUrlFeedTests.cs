namespace Dateline.Tests.Feeds;

/// <summary>With Dateline:PublicUrl set, feeds link to the public address, whatever Host the request came with.</summary>
public sealed class PublicUrlFeedTests(PublicUrlFeedTests.PublicSite site) : IClassFixture<PublicUrlFeedTests.PublicSite>
{
    public sealed class PublicSite : AppFixture
    {
        protected override IEnumerable<string> Configuration => ["--Dateline:PublicUrl=https://news.example"];
    }

    [Fact]
    public async Task Every_address_in_the_feeds_starts_with_the_public_url()
    {
        var (rss, xml, _) = await site.Client.RssAsync("/feed");
        Assert.Equal("https://news.example/feed", xml.Root!.Element("channel")!.Element(Feeds.Atom + "link")!.Attribute("href")!.Value);
        Assert.All(rss.Items, item => Assert.StartsWith("https://news.example/", item.Links[0].Uri.AbsoluteUri));
        var (json, _) = await site.Client.JsonAsync("/feed.json");
        Assert.Equal("https://news.example/feed.json", json.GetProperty("feed_url").GetString());
        Assert.All(json.GetProperty("items").EnumerateArray(), item => Assert.StartsWith("https://news.example/", item.GetProperty("url").GetString()));
    }
}
