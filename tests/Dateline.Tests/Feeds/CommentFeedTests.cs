using System.Globalization;
using System.Text;

namespace Dateline.Tests.Feeds;

/// <summary>An article's comment feed: approved comments only, newest first, names and encoded text, never an address.</summary>
[Collection(FeedCollection.Name)]
public sealed class CommentFeedTests(FeedSite site)
{
    [Fact]
    public async Task The_comment_feed_carries_approved_comments_newest_first_and_no_email()
    {
        var (feed, xml, bytes) = await site.Client.RssAsync(site.InChild.Path + "/feed");
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain(FeedSite.ApprovedEmail, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(FeedSite.HeldEmail, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("private.example", text, StringComparison.OrdinalIgnoreCase);

        var items = xml.Root!.Element("channel")!.Elements("item").ToList();
        Assert.Equal(["Reader Newer", "Reader Older"], items.Select(i => i.Element(Feeds.DublinCore + "creator")!.Value));
        var dates = items.Select(i => DateTime.ParseExact(i.Element("pubDate")!.Value, "r", CultureInfo.InvariantCulture)).ToList();
        Assert.True(dates[0] > dates[1]);
        Assert.Equal(2, feed.Items.Count());
        Assert.DoesNotContain("Held comment", text);
        Assert.DoesNotContain("Spam comment", text);
        Assert.DoesNotContain("Binned comment", text);

        // The commenter's markup arrives as text to show, not as markup to render.
        var older = items[1].Element("description")!.Value;
        Assert.Contains("&lt;b&gt;markup&lt;/b&gt; &amp; more", older);
        Assert.DoesNotContain("<b>", older);
        var link = items[1].Element("link")!.Value;
        Assert.StartsWith(new Uri(site.BaseAddress, site.InChild.Path).AbsoluteUri + "#comment-", link);
        Assert.Equal(link, items[1].Element("guid")!.Value);
        Assert.Equal(new Uri(site.BaseAddress, site.InChild.Path + "/feed").AbsoluteUri,
            xml.Root!.Element("channel")!.Element(Feeds.Atom + "link")!.Attribute("href")!.Value);
    }

    [Fact]
    public async Task An_article_readers_cannot_see_has_no_comment_feed()
    {
        foreach (var article in site.NotPublished)
        {
            using var response = await site.Client.GetAsync(article.Path + "/feed");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using var unknown = await site.Client.GetAsync("/2026/01/02/no-such-article/feed");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_comment_feed_under_another_date_moves_to_the_articles_own()
    {
        using var response = await site.Client.GetAsync("/1999/01/01/" + site.InChild.Slug + "/feed");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(site.InChild.Path + "/feed", response.Headers.Location!.OriginalString);
    }
}
