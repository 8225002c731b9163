namespace Dateline.Tests.Feeds;

/// <summary>Pages with feeds announce them in &lt;head&gt;, so browsers and readers find them from the page.</summary>
[Collection(FeedCollection.Name)]
public sealed class FeedDiscoveryTests(FeedSite site)
{
    [Fact]
    public async Task Home_section_tag_author_and_story_pages_link_their_three_feeds()
    {
        var pages = new[] { "/", "/category/" + site.Child, "/tag/" + site.Tag, "/author/" + site.Author, "/story/" + site.Story };
        foreach (var path in pages)
        {
            var page = await site.Client.GetPageAsync(path);
            var links = page.Head!.QuerySelectorAll("link[rel=alternate]").ToList();
            var feedBase = path == "/" ? "" : path;
            Assert.Equal(
                [("application/rss+xml", feedBase + "/feed"), ("application/atom+xml", feedBase + "/feed/atom"), ("application/feed+json", feedBase + "/feed.json")],
                links.Select(l => (l.GetAttribute("type")!, l.GetAttribute("href")!)));
            Assert.All(links, l => Assert.False(string.IsNullOrWhiteSpace(l.GetAttribute("title"))));
            foreach (var link in links)
            {
                await site.Client.FetchAsync(link.GetAttribute("href")!, link.GetAttribute("type")!);
            }
        }
    }

    [Fact]
    public async Task Pages_without_feeds_announce_none()
    {
        var search = await site.Client.GetPageAsync("/search?q=kabul");
        Assert.Empty(search.Head!.QuerySelectorAll("link[rel=alternate]"));
    }
}
