using Dateline.Articles;
using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dateline.Tests.Newsroom;

/// <summary>The scheduler on a fake clock: "later" is a step of the clock; the test only waits for the service to notice.</summary>
public sealed class ScheduledPublishingTests : IAsyncLifetime
{
    private readonly TestDatabase database = TestDatabase.Create();
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_scheduled_article_is_published_within_30_seconds_of_its_time()
    {
        await using var site = new ClockedSite(database, clock);
        await site.InitializeAsync();
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NewsroomAccounts>().CreateAsync("editor@newsroom.test", "Editor", NewsroomRoles.Editor, NewsroomSite.Password, default);
        }

        using var editor = new NewsroomSession(site.BaseAddress);
        await editor.SignInAsync("editor@newsroom.test", NewsroomSite.Password);
        var site0 = await site.WithDbAsync(db => db.SiteSettings.Select(s => s.TimeZone).SingleAsync());
        var zone = TimeZoneInfo.FindSystemTimeZoneById(site0);
        var due = clock.GetUtcNow().UtcDateTime.AddMinutes(5);
        var sectionId = await site.WithDbAsync(db => db.Sections.Select(s => s.Id).FirstAsync());
        var (response, _) = await editor.PostAsync("/admin/articles/new", "/admin/articles/new",
        [
            new("Input.Headline", "Scheduled story " + Guid.NewGuid()), new("Input.BodyHtml", "<p>Out on time.</p>"),
            new("Input.PrimarySectionId", sectionId.ToString()), new("Input.Language", "en"), new("action", "schedule"),
            new("Input.ScheduleFor", TimeZoneInfo.ConvertTimeFromUtc(due, zone).ToString("yyyy-MM-ddTHH:mm:ss")),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = NewsroomSite.IdIn(response);
        var article = await site.WithDbAsync(db => db.Articles.SingleAsync(a => a.Id == id));
        Assert.Equal(ArticleStatus.Scheduled, article.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync(Article.PathFor(due, article.Slug))).StatusCode);

        // Four minutes on, still waiting; past the time, out within one 10-second round.
        await StepAsync(TimeSpan.FromMinutes(4));
        Assert.Equal(ArticleStatus.Scheduled, await StatusAsync(site, id));
        await StepAsync(TimeSpan.FromMinutes(1) + PublishScheduledArticles.Every);
        var published = await WaitForAsync(site, id, ArticleStatus.Published);
        var seen = clock.GetUtcNow().UtcDateTime;
        Assert.True(seen <= due.AddSeconds(30), $"seen published at {seen:O}, due {due:O}");
        Assert.Equal(due, published.PublishedAt!.Value, TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync(published.Path)).StatusCode);
    }

    [Fact]
    public async Task An_article_that_fell_due_while_the_site_was_down_is_published_at_the_next_start()
    {
        int id;
        var scheduledFor = clock.GetUtcNow().UtcDateTime.AddMinutes(2);
        await using (var first = new ClockedSite(database, clock))
        {
            await first.InitializeAsync();
            id = await first.WithDbAsync(async db =>
            {
                var article = new Article
                {
                    Slug = "due-while-down-" + Guid.NewGuid().ToString("N")[..8], Headline = "Due while the site was down",
                    PrimarySectionId = await db.Sections.Select(s => s.Id).FirstAsync(),
                    Status = ArticleStatus.Scheduled, ScheduledFor = scheduledFor,
                    CreatedAt = clock.GetUtcNow().UtcDateTime,
                };
                db.Articles.Add(article);
                await db.SaveChangesAsync();
                return article.Id;
            });
        }

        clock.Advance(TimeSpan.FromHours(1));
        await using var second = new ClockedSite(database, clock);
        await second.InitializeAsync();
        var published = await WaitForAsync(second, id, ArticleStatus.Published);
        // It keeps the time it was scheduled for, so its URL and place in the lists are what the desk planned.
        Assert.Equal(scheduledFor, published.PublishedAt!.Value, TimeSpan.FromMilliseconds(1));
    }

    private async Task StepAsync(TimeSpan span)
    {
        // Step in rounds, letting the service pick each one up, as a real clock would.
        for (var stepped = TimeSpan.Zero; stepped < span; stepped += PublishScheduledArticles.Every)
        {
            clock.Advance(PublishScheduledArticles.Every);
            await Task.Delay(20);
        }
    }

    private static Task<ArticleStatus> StatusAsync(AppFixture site, int id) =>
        site.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());

    private async Task<Article> WaitForAsync(AppFixture site, int id, ArticleStatus status)
    {
        // The service reacts to the fake clock at once; the real-time bound only covers its database round trip.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var article = await site.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id));
            if (article.Status == status)
            {
                return article;
            }

            clock.Advance(PublishScheduledArticles.Every);
            await Task.Delay(100);
        }

        throw new TimeoutException($"Article {id} did not become {status}.");
    }

    private sealed class ClockedSite(TestDatabase database, FakeTimeProvider clock) : AppFixture(database, ownsDatabase: false), IAsyncDisposable
    {
        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);

        ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());
    }
}
