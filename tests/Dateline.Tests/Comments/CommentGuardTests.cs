using Dateline.Articles;
using Dateline.Comments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dateline.Tests.Comments;

/// <summary>The form's guards with their real settings, on a site of its own whose clock the test moves.</summary>
public sealed class CommentGuardTests : IAsyncLifetime
{
    private readonly GuardedSite site = new();

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();

    private Task<Article> ArticleAsync() => site.WithDbAsync(db => db.Articles.AsNoTracking().Published(DateTime.UtcNow)
        .Where(a => a.CommentStatus == CommentStatus.Open).NewestFirst().FirstAsync());

    private static string NewEmail() => $"guard-{Guid.NewGuid():N}@example.org";

    [Fact]
    public async Task A_form_sent_back_faster_than_anyone_writes_is_refused_with_the_text_kept_until_a_moment_has_passed()
    {
        var article = await ArticleAsync();
        using var reader = new Commenter(site.BaseAddress);
        var text = "Typed quickly " + Guid.NewGuid();
        var (fast, page) = await reader.PostAsync(article.Path, text, NewEmail());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fast.StatusCode);
        Assert.Contains("quicker than anyone can write", page.QuerySelector(".form-errors")!.TextContent);
        Assert.Equal(text, page.QuerySelector("#comment")!.TextContent);

        site.Clock.Advance(TimeSpan.FromSeconds(4));
        var (later, _) = await reader.PostAsync(article.Path, text, NewEmail(), open: false);
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
    }

    [Fact]
    public async Task A_forged_or_missing_stamp_and_a_filled_honeypot_are_refused_with_a_message()
    {
        var article = await ArticleAsync();
        using var reader = new Commenter(site.BaseAddress);
        await reader.OpenAsync(article.Path);
        site.Clock.Advance(TimeSpan.FromSeconds(10));
        var (forged, forgedPage) = await reader.PostAsync(article.Path, "Forged stamp", NewEmail(), open: false, extra: [new("Input.Stamp", "1234")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forged.StatusCode);
        Assert.Contains("expired", forgedPage.QuerySelector(".form-errors")!.TextContent);

        await reader.OpenAsync(article.Path);
        site.Clock.Advance(TimeSpan.FromSeconds(10));
        var (bot, botPage) = await reader.PostAsync(article.Path, "Filled the trap", NewEmail(), open: false, extra: [new("Input.Address", "12 Main St")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bot.StatusCode);
        Assert.Contains("must stay empty", botPage.QuerySelector(".form-errors")!.TextContent);
        Assert.False(await site.WithDbAsync(db => db.Comments.AnyAsync(c => c.Body == "Forged stamp" || c.Body == "Filled the trap")));
    }

    [Fact]
    public async Task The_same_comment_twice_is_refused_as_a_duplicate()
    {
        var article = await ArticleAsync();
        using var reader = new Commenter(site.BaseAddress);
        var email = NewEmail();
        var text = "Said once " + Guid.NewGuid();
        await reader.OpenAsync(article.Path);
        site.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.Redirect, (await reader.PostAsync(article.Path, text, email, open: false)).Response.StatusCode);
        var (twice, page) = await reader.PostAsync(article.Path, text, email, open: false);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("already posted", page.QuerySelector(".form-errors")!.TextContent);
        Assert.Equal(1, await site.WithDbAsync(db => db.Comments.CountAsync(c => c.Body == text)));
    }

    [Fact]
    public async Task A_flood_from_one_address_gets_429_with_retry_after_and_the_text_back()
    {
        var article = await ArticleAsync();
        using var reader = new Commenter(site.BaseAddress);
        await reader.OpenAsync(article.Path);
        site.Clock.Advance(TimeSpan.FromSeconds(10));
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < GuardedSite.PerAddress + 1; i++)
        {
            answers.Add((await reader.PostAsync(article.Path, $"Flood {i} {Guid.NewGuid()}", NewEmail(), open: false)).Response);
        }

        Assert.All(answers.Take(GuardedSite.PerAddress), a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        var refused = answers.Last();
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After says how long to wait");
    }

    private sealed class GuardedSite : AppFixture
    {
        public const int PerAddress = 4;

        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override IEnumerable<string> Configuration =>
            ["--Dateline:Comments:MinimumSecondsToWrite=3", $"--Dateline:Comments:PerAddressPerMinute={PerAddress}", "--Dateline:Comments:PerEmailPerMinute=3"];

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }
}
