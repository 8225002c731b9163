using Dateline.Articles;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Articles;

[Collection(DemoSiteCollection.Name)]
public sealed class UnpublishedWorkTests(AppFixture site)
{
    public static TheoryData<ArticleStatus, int> NotYetPublic => new()
    {
        { ArticleStatus.Draft, -2 },
        { ArticleStatus.PendingReview, -2 },
        { ArticleStatus.Scheduled, 48 },
        { ArticleStatus.Unpublished, -2 },
        { ArticleStatus.Published, 48 },
    };

    [Theory]
    [MemberData(nameof(NotYetPublic))]
    public async Task Readers_never_see_unpublished_work(ArticleStatus status, int hoursFromNow)
    {
        var slug = $"secret-{status}-{Guid.NewGuid():N}".ToLowerInvariant();
        var when = DateTime.UtcNow.AddHours(hoursFromNow);
        var tag = $"unseen-{Guid.NewGuid():N}"[..20];
        var article = await site.WithDbAsync(async db =>
        {
            var section = await db.Sections.FirstAsync(s => s.ParentId == null);
            var author = await db.Authors.FirstAsync();
            var article = new Article
            {
                Slug = slug,
                Headline = "Embargoed: " + slug,
                BodyHtml = "<p>Not for readers yet.</p>",
                Status = status,
                CreatedAt = when,
                PublishedAt = when,
                ScheduledFor = status == ArticleStatus.Scheduled ? when : null,
                PrimarySection = section,
                Sections = [section],
                Tags = [new Dateline.Tags.Tag { Slug = tag, Name = tag }],
                Bylines = [new Byline { Author = author }],
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            return await db.Articles.AsNoTracking().Include(a => a.PrimarySection).Include(a => a.Bylines).ThenInclude(b => b.Author).SingleAsync(a => a.Id == article.Id);
        });

        using var direct = await site.Client.GetAsync(article.Path);
        Assert.Equal(HttpStatusCode.NotFound, direct.StatusCode);
        foreach (var list in new[] { "/", "/category/" + article.PrimarySection.Path, "/tag/" + tag, article.Bylines[0].Author.Url, "/search?q=embargoed" })
        {
            var html = await site.Client.GetStringAsync(list);
            Assert.DoesNotContain(slug, html);
        }
    }
}
