using Dateline.Articles;
using Dateline.Comments;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Comments;

/// <summary>The site settings' comment rules (closing after N days, who is held), on a site of their own since they change settings.</summary>
public sealed class CommentSettingsTests : IAsyncLifetime
{
    private readonly AppFixture site = new();

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();

    private async Task<HttpResponseMessage> CommentAsync(string path, string email, string text)
    {
        using var reader = new Commenter(site.BaseAddress);
        return (await reader.PostAsync(path, text, email)).Response;
    }

    private Task<Article> OpenArticleAsync() => site.WithDbAsync(db => db.Articles.AsNoTracking().Published(DateTime.UtcNow)
        .Where(a => a.CommentStatus == CommentStatus.Open).NewestFirst().FirstAsync());

    [Fact]
    public async Task A_commenter_with_an_approved_comment_is_published_at_once_and_a_newcomer_is_held()
    {
        var article = await OpenArticleAsync();
        var known = await site.WithDbAsync(db => db.Comments.Where(c => c.Status == ModerationStatus.Approved).Select(c => c.AuthorEmail).FirstAsync());
        using var returning = await CommentAsync(article.Path, known, "Returning reader " + Guid.NewGuid());
        using var newcomer = await CommentAsync(article.Path, $"new-{Guid.NewGuid():N}@example.org", "First-time reader " + Guid.NewGuid());

        Assert.Equal(HttpStatusCode.Redirect, returning.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, newcomer.StatusCode);
        var statuses = await site.WithDbAsync(db => db.Comments.Where(c => c.Body.StartsWith("Returning reader") || c.Body.StartsWith("First-time reader"))
            .OrderBy(c => c.Body).Select(c => c.Status).ToListAsync());
        Assert.Equal([ModerationStatus.Pending, ModerationStatus.Approved], statuses);

        // With "hold every comment", even a known commenter waits.
        await site.WithDbAsync(db => db.SiteSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.CommentModeration, CommentModeration.HoldAll)));
        var heldText = "Held although known " + Guid.NewGuid();
        using var held = await CommentAsync(article.Path, known, heldText);
        Assert.Equal(ModerationStatus.Pending, await site.WithDbAsync(db => db.Comments.Where(c => c.Body == heldText).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task Comments_close_the_set_number_of_days_after_publication()
    {
        var article = await OpenArticleAsync();
        var days = (int)Math.Ceiling((DateTime.UtcNow - article.PublishedAt!.Value).TotalDays);
        await site.WithDbAsync(db => db.SiteSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.CommentsCloseAfterDays, days + 1)));
        Assert.NotNull((await site.Client.GetPageAsync(article.Path)).QuerySelector("form.comment-form"));

        await site.WithDbAsync(db => db.SiteSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.CommentsCloseAfterDays, Math.Max(days - 1, 0))));
        var page = await site.Client.GetPageAsync(article.Path);
        Assert.Null(page.QuerySelector("form.comment-form"));
        Assert.NotNull(page.QuerySelector(".comments-closed"));
    }
}
