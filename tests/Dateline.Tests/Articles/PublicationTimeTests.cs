using Dateline.Articles;
using Dateline.Comments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dateline.Tests.Articles;

/// <summary>Runs its own site on a fake clock, so "later" is a step of the clock, not a wait.</summary>
public sealed class PublicationTimeTests : IAsyncLifetime
{
    private readonly ClockedSite site = new();

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();

    [Fact]
    public async Task An_article_published_for_a_later_time_appears_when_that_time_comes()
    {
        var now = site.Clock.GetUtcNow().UtcDateTime;
        var article = await AddArticleAsync("later-" + Guid.NewGuid().ToString("N")[..8], now.AddHours(2));

        using (var before = await site.Client.GetAsync(article.Path))
        {
            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        }

        Assert.DoesNotContain(article.Slug, await site.Client.GetStringAsync("/"));
        site.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromSeconds(1));

        using var after = await site.Client.GetAsync(article.Path);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains(article.Slug, await site.Client.GetStringAsync("/"));
    }

    [Fact]
    public async Task A_non_ascii_slug_is_served_and_redirected_with_an_encoded_location()
    {
        var article = await AddArticleAsync("کابل-café-" + Guid.NewGuid().ToString("N")[..6], site.Clock.GetUtcNow().UtcDateTime.AddDays(-3));

        using var page = await site.Client.GetAsync(Uri.EscapeDataString(article.Path).Replace("%2F", "/"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var wrongDate = Article.PathFor(article.PublishedAt!.Value.AddDays(-1), article.Slug);
        using var moved = await site.Client.GetAsync(Uri.EscapeDataString(wrongDate).Replace("%2F", "/"));
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal(article.Path, Uri.UnescapeDataString(moved.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task Replies_nest_five_levels_deep_and_deeper_replies_stay_at_the_fifth()
    {
        var article = await AddArticleAsync("long-thread-" + Guid.NewGuid().ToString("N")[..8], site.Clock.GetUtcNow().UtcDateTime.AddDays(-1));
        var ids = await site.WithDbAsync(async db =>
        {
            var chain = new List<int>();
            for (var depth = 1; depth <= 8; depth++)
            {
                var comment = new Comment
                {
                    ArticleId = article.Id, ParentId = chain.Count == 0 ? null : chain[^1], AuthorName = $"Reader {depth}",
                    AuthorEmail = $"reader{depth}@example.org", Body = $"Level {depth}", Status = ModerationStatus.Approved,
                    CreatedAt = article.PublishedAt!.Value.AddMinutes(depth),
                };
                db.Comments.Add(comment);
                await db.SaveChangesAsync();
                chain.Add(comment.Id);
            }

            return chain;
        });

        var page = await site.Client.GetPageAsync(article.Path);
        int DepthOf(int id)
        {
            var depth = 0;
            for (var element = page.QuerySelector($"#comment-{id}"); element is not null; element = element.ParentElement)
            {
                depth += element.ClassList.Contains("comment") ? 1 : 0;
            }

            return depth;
        }

        Assert.Equal([1, 2, 3, 4, 5, 5, 5, 5], ids.Select(DepthOf));
    }

    [Fact]
    public async Task A_circular_reply_chain_still_renders()
    {
        var article = await AddArticleAsync("circle-" + Guid.NewGuid().ToString("N")[..8], site.Clock.GetUtcNow().UtcDateTime.AddDays(-1));
        await site.WithDbAsync(async db =>
        {
            Comment Make(string name) => new()
            {
                ArticleId = article.Id, AuthorName = name, AuthorEmail = "c@example.org", Body = name,
                Status = ModerationStatus.Approved, CreatedAt = article.PublishedAt!.Value.AddMinutes(1),
            };
            var (a, b) = (Make("A"), Make("B"));
            db.Comments.AddRange(a, b);
            await db.SaveChangesAsync();
            a.ParentId = b.Id;
            b.ParentId = a.Id;
            await db.SaveChangesAsync();
        });

        using var response = await site.Client.GetAsync(article.Path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<Article> AddArticleAsync(string slug, DateTime published) => site.WithDbAsync(async db =>
    {
        var section = await db.Sections.FirstAsync();
        var article = new Article
        {
            Slug = slug,
            Headline = "Headline " + slug,
            BodyHtml = "<p>Body.</p>",
            Status = ArticleStatus.Published,
            CreatedAt = published,
            PublishedAt = published,
            PrimarySection = section,
            Sections = [section],
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article;
    });

    private sealed class ClockedSite : AppFixture
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }
}
