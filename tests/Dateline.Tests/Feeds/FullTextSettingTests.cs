using System.Text.Json;
using Dateline.Newsroom;
using Dateline.Site;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Feeds;

/// <summary>Administrators decide whether feeds carry whole articles or standfirsts only.</summary>
[Collection(FeedCollection.Name)]
public sealed class FullTextSettingTests(FeedSite site)
{
    private async Task SaveAsync(bool fullText)
    {
        using var admin = await site.SignInAsync(NewsroomRoles.Administrator);
        var (_, form) = await admin.GetAsync("/admin/settings");
        var box = form.QuerySelector("#input-feedscarryfulltext")!;
        Assert.Equal("Feeds carry the full text of articles", form.QuerySelector("label[for=input-feedscarryfulltext]")!.Text());
        Assert.Equal("checkbox", box.GetAttribute("type"));

        var settings = await site.WithDbAsync(db => db.SiteSettings.AsNoTracking().SingleAsync());
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Name", settings.Name), new("Input.Tagline", settings.Tagline ?? ""), new("Input.Language", settings.Language),
            new("Input.TimeZone", settings.TimeZone), new("Input.CommentModeration", settings.CommentModeration.ToString()),
            new("Input.CommentLinkLimit", settings.CommentLinkLimit.ToString()), new("Input.CommentIpRetentionDays", settings.CommentIpRetentionDays.ToString()),
        };
        if (settings.NotifyHeldComments)
        {
            fields.Add(new("Input.NotifyHeldComments", "true"));
        }

        if (fullText)
        {
            fields.Add(new("Input.FeedsCarryFullText", "true"));
        }

        var (response, _) = await admin.PostAgainAsync("/admin/settings", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(fullText, await site.WithDbAsync(db => db.SiteSettings.Select(s => s.FeedsCarryFullText).SingleAsync()));
    }

    [Fact]
    public async Task Turning_full_text_off_leaves_the_standfirst_and_drops_the_body()
    {
        try
        {
            await SaveAsync(fullText: false);
            var (_, rss, _) = await site.Client.RssAsync("/feed");
            Assert.Empty(rss.Descendants(Feeds.Content + "encoded"));
            Assert.All(rss.Descendants("item"), item => Assert.False(string.IsNullOrWhiteSpace(item.Element("description")!.Value)));
            var (_, atom, _) = await site.Client.AtomAsync("/feed/atom");
            Assert.Empty(atom.Descendants(Feeds.Atom + "content"));
            Assert.NotEmpty(atom.Descendants(Feeds.Atom + "summary"));
            var (json, _) = await site.Client.JsonAsync("/feed.json");
            Assert.All(json.GetProperty("items").EnumerateArray(), item =>
            {
                Assert.False(item.TryGetProperty("content_html", out _));
                Assert.Equal(JsonValueKind.String, item.GetProperty("content_text").ValueKind);
            });

            await SaveAsync(fullText: true);
            var (_, again, _) = await site.Client.RssAsync("/feed");
            Assert.NotEmpty(again.Descendants(Feeds.Content + "encoded"));
            var (jsonAgain, _) = await site.Client.JsonAsync("/feed.json");
            Assert.All(jsonAgain.GetProperty("items").EnumerateArray(), item => Assert.True(item.TryGetProperty("content_html", out _)));
        }
        finally
        {
            await site.WithDbAsync(db => db.SiteSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.FeedsCarryFullText, true)));
        }
    }
}
