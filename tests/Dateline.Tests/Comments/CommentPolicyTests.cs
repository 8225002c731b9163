using Microsoft.Extensions.DependencyInjection;
using Dateline.Articles;
using Dateline.Comments;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Comments;

/// <summary>The moderation policies, on a site of their own since they change its settings.</summary>
public sealed class CommentPolicyTests : IAsyncLifetime
{
    private readonly AppFixture site = new();

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();

    private Task<Article> ArticleAsync(bool inStory = false) => site.WithDbAsync(db => db.Articles.AsNoTracking().Include(a => a.Story)
        .Published(DateTime.UtcNow).Where(a => a.CommentStatus == CommentStatus.Open && (a.StoryId != null) == inStory).NewestFirst().FirstAsync());

    private Task<string> KnownEmailAsync() =>
        site.WithDbAsync(db => db.Comments.Where(c => c.Status == ModerationStatus.Approved).Select(c => c.AuthorEmail).FirstAsync());

    private async Task<Comment> PostAsync(Article article, string body, string email, string? website = null)
    {
        using var reader = new Commenter(site.BaseAddress);
        var (response, _) = await reader.PostAsync(article.Path, body, email, website: website);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await site.WithDbAsync(db => db.Comments.AsNoTracking().SingleAsync(c => c.Body == body));
    }

    [Fact]
    public async Task More_links_than_the_limit_hold_even_a_known_commenter()
    {
        var article = await ArticleAsync();
        var known = await KnownEmailAsync();
        var two = await PostAsync(article, $"Two links {Guid.NewGuid()} https://a.example/1 and https://b.example/2, with enough words around them.", known);
        var three = await PostAsync(article, $"Three links {Guid.NewGuid()} https://a.example/1 https://b.example/2 https://c.example/3 with words around.", known);
        Assert.Equal(ModerationStatus.Approved, two.Status);
        Assert.Equal(ModerationStatus.Pending, three.Status);
        Assert.Equal("has 3 links (the limit is 2)", three.ModerationNote);
    }

    [Fact]
    public async Task Moderation_keys_hold_and_spam_keys_file_as_spam_by_word_email_or_address_range()
    {
        await site.WithDbAsync(db => db.SiteSettings.ExecuteUpdateAsync(s => s
            .SetProperty(x => x.CommentHoldKeys, "casino\nwatch-this@")
            .SetProperty(x => x.CommentSpamKeys, "cheap pills\n127.0.0.0/8")));
        var article = await ArticleAsync();
        var known = await KnownEmailAsync();
        var pills = await PostAsync(article, "Buy CHEAP PILLS now " + Guid.NewGuid(), known);
        Assert.Equal(ModerationStatus.Spam, pills.Status);

        // Every test posts from loopback, which the spam list now names by range.
        var fromLoopback = await PostAsync(article, "An ordinary remark " + Guid.NewGuid(), known);
        Assert.Equal(ModerationStatus.Spam, fromLoopback.Status);
        Assert.Equal("matches the spam key \"127.0.0.0/8\"", fromLoopback.ModerationNote);

        await site.WithDbAsync(db => db.SiteSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.CommentSpamKeys, (string?)null)));
        Assert.Equal(ModerationStatus.Pending, (await PostAsync(article, "The casino opened " + Guid.NewGuid(), known)).Status);
        Assert.Equal(ModerationStatus.Pending, (await PostAsync(article, "Fine words " + Guid.NewGuid(), "watch-this@example.org")).Status);
        Assert.Equal(ModerationStatus.Approved, (await PostAsync(article, "Fine words " + Guid.NewGuid(), known)).Status);
    }

    [Fact]
    public async Task A_story_can_hold_every_comment_while_the_site_holds_only_newcomers()
    {
        var inStory = await ArticleAsync(inStory: true);
        var outside = await ArticleAsync();
        var known = await KnownEmailAsync();
        await site.WithDbAsync(db => db.Stories.Where(s => s.Id == inStory.StoryId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.CommentModeration, CommentModeration.HoldAll)));
        Assert.Equal(ModerationStatus.Pending, (await PostAsync(inStory, "In the story " + Guid.NewGuid(), known)).Status);
        Assert.Equal(ModerationStatus.Approved, (await PostAsync(outside, "Elsewhere " + Guid.NewGuid(), known)).Status);
    }

    [Fact]
    public async Task A_doubtful_comment_goes_to_the_queue_rather_than_being_dropped()
    {
        var article = await ArticleAsync();
        var known = await KnownEmailAsync();
        var doubtful = await PostAsync(article, "[url=https://x.example]click[/url] " + Guid.NewGuid(), known, website: null);
        Assert.Equal(ModerationStatus.Pending, doubtful.Status);
        Assert.True(doubtful.SpamScore >= SpamScore.Doubtful);
    }

    [Fact]
    public async Task Addresses_are_stored_only_as_a_keyed_hash_and_forgotten_after_the_retention_period()
    {
        var article = await ArticleAsync();
        var comment = await PostAsync(article, "Hashed address " + Guid.NewGuid(), $"hash-{Guid.NewGuid():N}@example.org");
        Assert.Matches("^[0-9a-f]{64}$", comment.IpHash);
        var again = await PostAsync(article, "Same sender " + Guid.NewGuid(), $"hash-{Guid.NewGuid():N}@example.org");
        Assert.Equal(comment.IpHash, again.IpHash);
        var salt = await site.WithDbAsync(db => db.SiteSettings.Select(s => s.CommentIpSalt).SingleAsync());
        Assert.NotNull(salt);
        Assert.NotEqual(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("127.0.0.1"u8)), comment.IpHash);

        await site.WithDbAsync(db => db.Comments.Where(c => c.Id == comment.Id).ExecuteUpdateAsync(c => c.SetProperty(x => x.CreatedAt, DateTime.UtcNow.AddDays(-61))));
        var forgotten = await site.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<ForgetCommenterAddresses>().Single().ForgetAsync(default);
        Assert.True(forgotten >= 1);
        Assert.Null(await site.WithDbAsync(db => db.Comments.Where(c => c.Id == comment.Id).Select(c => c.IpHash).SingleAsync()));
        Assert.NotNull(await site.WithDbAsync(db => db.Comments.Where(c => c.Id == again.Id).Select(c => c.IpHash).SingleAsync()));
    }

    [Fact]
    public async Task The_articles_authors_and_the_moderators_are_mailed_about_a_held_comment_without_the_commenters_email()
    {
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Dateline.Newsroom.NewsroomAccounts>()
                .CreateAsync("moderator@newsroom.test", "Moderator", Dateline.Newsroom.NewsroomRoles.Editor, "a long enough test passphrase", default);
        }

        var article = await ArticleAsync();
        var email = $"private-{Guid.NewGuid():N}@example.org";
        var text = "Waiting for a moderator " + Guid.NewGuid();
        await PostAsync(article, text, email);
        var outbox = Path.Combine(site.Database.DataDirectory, "mail", "outbox");
        var mails = Directory.GetFiles(outbox, "*.eml").Select(File.ReadAllText).Where(m => m.Contains(text)).ToList();
        var mail = Assert.Single(mails);
        Assert.Contains("moderator@newsroom.test", mail);
        Assert.Contains("/admin/comments", mail);
        Assert.DoesNotContain(email, mail);
    }
}
