using Dateline.Articles;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Authors;

[Collection(DemoSiteCollection.Name)]
public sealed class AuthorPageTests(AppFixture site)
{
    [Fact]
    public async Task Author_page_shows_the_profile_and_their_articles()
    {
        var (author, count) = await site.WithDbAsync(async db =>
        {
            var author = await db.Authors.FirstAsync(a => a.Bio != null);
            return (author, await db.Articles.Published(DateTime.UtcNow).CountAsync(a => a.Bylines.Any(b => b.AuthorId == author.Id)));
        });
        var page = await site.Client.GetPageAsync(author.Url);

        Assert.Equal(author.Name, page.QuerySelector("h1")!.Text());
        Assert.Equal(author.Bio, page.QuerySelector(".list-description")!.Text());
        Assert.NotNull(page.QuerySelector("img.author-photo[alt][width][height]"));
        Assert.Equal(Math.Min(count, 20), page.QuerySelectorAll(".card").Length);
    }
}
