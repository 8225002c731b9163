using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Stories;

[Collection(DemoSiteCollection.Name)]
public sealed class StoryPageTests(AppFixture site)
{
    [Fact]
    public async Task Story_page_is_a_dated_timeline_oldest_first()
    {
        var story = await site.WithDbAsync(db => db.Stories.FirstAsync());
        var page = await site.Client.GetPageAsync(story.Url);

        Assert.Equal(story.Title, page.QuerySelector("h1")!.Text());
        var times = page.QuerySelectorAll(".timeline-entry time").Select(t => DateTime.Parse(t.GetAttribute("datetime")!)).ToList();
        Assert.True(times.Count >= 4);
        Assert.Equal(times.Order(), times);
    }
}
