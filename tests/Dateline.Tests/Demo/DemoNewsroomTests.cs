using Dateline.Articles;
using Dateline.Comments;
using Dateline.Demo;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Demo;

[Collection(DemoSiteCollection.Name)]
public sealed class DemoNewsroomTests(AppFixture site)
{
    [Fact]
    public async Task Demo_newsroom_is_a_realistic_live_looking_site()
    {
        var now = DateTime.UtcNow;
        await site.WithDbAsync(async db =>
        {
            Assert.True(await db.Articles.Published(now).CountAsync() >= 40);
            Assert.True(await db.Sections.CountAsync() >= 8);
            Assert.True(await db.Sections.AnyAsync(s => s.Parent!.Parent != null), "sections are three levels deep");
            Assert.True(await db.Authors.CountAsync() >= 4);
            Assert.True(await db.Tags.CountAsync() >= 5);
            var storySizes = await db.Stories.Select(s => db.Articles.Count(a => a.StoryId == s.Id)).ToListAsync();
            Assert.True(storySizes.Count(n => n >= 4) >= 2);
            Assert.True(await db.Comments.AnyAsync(c => c.ParentId != null && c.Status == ModerationStatus.Approved));
            Assert.True(await db.BreakingNews.AnyAsync());
            Assert.True(await db.Articles.Published(now).AllAsync(a => a.FeaturedImageId != null));

            var dates = await db.Articles.Published(now).Select(a => a.PublishedAt!.Value).ToListAsync();
            Assert.True(dates.Max() > now.AddHours(-12), "the newest story is from the last few hours");
            Assert.True(dates.Min() < now.AddDays(-60), "the oldest story is months old");
        });
    }

    [Fact]
    public async Task Demo_images_are_generated_files_that_are_served()
    {
        var image = await site.WithDbAsync(db => db.Media.FirstAsync());
        using var response = await site.Client.GetAsync(image.Url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xFF, 0xD8, 0xFF], bytes[..3]);
    }

    [Fact]
    public async Task Seeding_again_never_duplicates_anything()
    {
        var before = await site.WithDbAsync(async db => (await db.Articles.CountAsync(), await db.Sections.CountAsync(), await db.Comments.CountAsync()));
        await site.Services.SeedDemoNewsroomAsync();
        var after = await site.WithDbAsync(async db => (await db.Articles.CountAsync(), await db.Sections.CountAsync(), await db.Comments.CountAsync()));
        Assert.Equal(before, after);
    }
}
