using Dateline.Articles;
using Dateline.Site;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Tags;

[Collection(DemoSiteCollection.Name)]
public sealed class TagPageTests(AppFixture site)
{
    [Fact]
    public async Task Tag_page_lists_the_articles_carrying_the_tag()
    {
        var (slug, name, headlines) = await site.WithDbAsync(async db =>
        {
            var tag = await db.Tags.OrderByDescending(t => db.Articles.Count(a => a.Tags.Contains(t))).FirstAsync();
            var headlines = await db.Articles.Published(DateTime.UtcNow).Where(a => a.Tags.Contains(tag))
                .NewestFirst().Take(Paging.DefaultPageSize).Select(a => a.Headline).ToListAsync();
            return (tag.Slug, tag.Name, headlines);
        });
        var page = await site.Client.GetPageAsync("/tag/" + slug);

        Assert.Equal(name, page.QuerySelector("h1")!.Text());
        Assert.Equal(headlines.Order(), page.QuerySelectorAll(".card h3").Select(h => h.Text()).Order());
    }
}
