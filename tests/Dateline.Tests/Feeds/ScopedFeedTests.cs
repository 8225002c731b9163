using Dateline.Redirects;

namespace Dateline.Tests.Feeds;

/// <summary>Feeds of one section (with its sub-sections), tag, author or story carry exactly that page's articles.</summary>
[Collection(FeedCollection.Name)]
public sealed class ScopedFeedTests(FeedSite site)
{
    private static readonly string[] Suffixes = ["/feed", "/feed/atom", "/feed.json"];

    private string Url(string path) => new Uri(site.BaseAddress, path).AbsoluteUri;

    [Fact]
    public async Task A_section_feed_carries_its_sub_sections_articles_and_a_sub_section_only_its_own()
    {
        foreach (var suffix in Suffixes)
        {
            var parent = await site.Client.LinksAsync("/category/" + site.Parent + suffix);
            Assert.Equal([Url(site.InChild.Path), Url(site.InParent.Path)], parent);
            var child = await site.Client.LinksAsync("/category/" + site.Child + suffix);
            Assert.Equal([Url(site.InChild.Path)], child);
        }
    }

    [Fact]
    public async Task Tag_author_and_story_feeds_carry_only_their_published_articles()
    {
        foreach (var page in new[] { "/tag/" + site.Tag, "/author/" + site.Author, "/story/" + site.Story })
        {
            foreach (var suffix in Suffixes)
            {
                Assert.Equal([Url(site.InChild.Path)], await site.Client.LinksAsync(page + suffix));
            }
        }
    }

    [Fact]
    public async Task A_scoped_feed_names_itself_and_its_page()
    {
        var (rss, xml, _) = await site.Client.RssAsync("/category/" + site.Child + "/feed");
        Assert.StartsWith("Feeds child ", rss.Title.Text);
        Assert.Equal(Url("/category/" + site.Child + "/feed"), xml.Root!.Element("channel")!.Element(Feeds.Atom + "link")!.Attribute("href")!.Value);
        var (atom, _, _) = await site.Client.AtomAsync("/tag/" + site.Tag + "/feed/atom");
        Assert.Equal(Url("/tag/" + site.Tag + "/feed/atom"), atom.Links.Single(l => l.RelationshipType == "self").Uri.AbsoluteUri);
        Assert.Equal(Url("/tag/" + site.Tag), atom.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsoluteUri);
        var (json, _) = await site.Client.JsonAsync("/story/" + site.Story + "/feed.json");
        Assert.Equal(Url("/story/" + site.Story + "/feed.json"), json.GetProperty("feed_url").GetString());
    }

    [Theory]
    [InlineData("/category/no-such-section/feed")]
    [InlineData("/category/no-such-section/feed/atom")]
    [InlineData("/category/no-such-section/feed.json")]
    [InlineData("/tag/no-such-tag/feed")]
    [InlineData("/tag/no-such-tag/feed/atom")]
    [InlineData("/tag/no-such-tag/feed.json")]
    [InlineData("/author/no-such-author/feed")]
    [InlineData("/author/no-such-author/feed.json")]
    [InlineData("/story/no-such-story/feed")]
    [InlineData("/story/no-such-story/feed/atom")]
    public async Task A_feed_of_something_unknown_is_not_found(string path)
    {
        using var response = await site.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_feed_of_a_moved_page_follows_it()
    {
        var old = "/category/old-home-of-" + site.Parent;
        var oldArticle = "/2020/01/01/old-slug-of-" + site.InChild.Slug;
        await site.WithDbAsync(async db =>
        {
            db.Redirects.AddRange(
                new Redirect { FromPath = old, ToPath = "/category/" + site.Parent },
                new Redirect { FromPath = oldArticle, ToPath = site.InChild.Path });
            await db.SaveChangesAsync();
        });

        foreach (var suffix in Suffixes)
        {
            using var response = await site.Client.GetAsync(old + suffix);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal("/category/" + site.Parent + suffix, response.Headers.Location!.OriginalString);
        }

        using var comments = await site.Client.GetAsync(oldArticle + "/feed");
        Assert.Equal(HttpStatusCode.MovedPermanently, comments.StatusCode);
        Assert.Equal(site.InChild.Path + "/feed", comments.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Section_pages_are_still_served_beside_their_feeds()
    {
        var parent = await site.Client.GetPageAsync("/category/" + site.Parent);
        Assert.StartsWith("Feeds parent ", parent.QuerySelector("h1")!.Text());
        var child = await site.Client.GetPageAsync("/category/" + site.Child);
        Assert.StartsWith("Feeds child ", child.QuerySelector("h1")!.Text());
    }
}
