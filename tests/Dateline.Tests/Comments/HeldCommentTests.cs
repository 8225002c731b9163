using Dateline.Articles;
using Dateline.Comments;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Comments;

[Collection(DemoSiteCollection.Name)]
public sealed class HeldCommentTests(AppFixture site)
{
    private Task<Article> ArticleAsync() => site.WithDbAsync(db => db.Articles.AsNoTracking().Published(DateTime.UtcNow)
        .Where(a => a.CommentStatus == CommentStatus.Open).NewestFirst().Skip(1).FirstAsync());

    private static string NewEmail() => $"reader-{Guid.NewGuid():N}@example.org";

    [Fact]
    public async Task A_held_comment_is_shown_only_to_its_writer_with_the_waiting_notice_and_never_stored_by_a_cache()
    {
        var article = await ArticleAsync();
        using var writer = new Commenter(site.BaseAddress);
        var text = "Held for moderation " + Guid.NewGuid();
        var (posted, _) = await writer.PostAsync(article.Path, text, NewEmail());
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var id = await site.WithDbAsync(db => db.Comments.Where(c => c.Body == text).Select(c => c.Id).SingleAsync());
        Assert.EndsWith($"#comment-{id}", posted.Headers.Location!.OriginalString);

        var (own, page) = await writer.OpenAsync(article.Path);
        var mine = page.QuerySelector($"#comment-{id}")!;
        Assert.Contains(text, mine.TextContent);
        Assert.Contains("Your comment is awaiting moderation.", mine.TextContent);
        Assert.True(own.Headers.CacheControl!.NoStore, "a page with the reader's held comment is never stored by a cache");

        using var other = new Commenter(site.BaseAddress);
        var (_, theirs) = await other.OpenAsync(article.Path);
        Assert.Null(theirs.QuerySelector($"#comment-{id}"));
        Assert.DoesNotContain(text, theirs.Body!.TextContent);

        // A forged cookie shows nothing: the list of held comments is signed.
        using var forger = new HttpClient { BaseAddress = site.BaseAddress };
        forger.DefaultRequestHeaders.Add("Cookie", $"{HeldComments.CookieName}={id}");
        Assert.DoesNotContain(text, await forger.GetStringAsync(article.Path));
    }

    [Fact]
    public async Task A_reply_is_stored_under_its_parent_and_the_form_says_whom_it_answers()
    {
        var article = await ArticleAsync();
        var parent = await site.WithDbAsync(db => db.Comments.Where(c => c.ArticleId == article.Id && c.Status == ModerationStatus.Approved).Select(c => new { c.Id, c.AuthorName }).FirstOrDefaultAsync());
        Assert.NotNull(parent);
        using var reader = new Commenter(site.BaseAddress);
        var (_, page) = await reader.OpenAsync($"{article.Path}?replyto={parent.Id}");
        Assert.Contains(parent.AuthorName, page.QuerySelector("#reply-title")!.TextContent);
        Assert.Equal(parent.Id.ToString(), page.QuerySelector("input[name='Input.ParentId']")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector($"#comment-{parent.Id} .comment-reply a[href$='replyto={parent.Id}#reply-title']"));

        var text = "A reply " + Guid.NewGuid();
        var (posted, _) = await reader.PostAsync(article.Path, text, NewEmail(), parentId: parent.Id, open: false);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(parent.Id, await site.WithDbAsync(db => db.Comments.Where(c => c.Body == text).Select(c => c.ParentId).SingleAsync()));

        // A reply to a comment readers cannot see is refused with the text kept, not attached to it.
        var (refused, again) = await reader.PostAsync(article.Path, "Orphan " + text, NewEmail(), parentId: int.MaxValue);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("no longer shown", again.QuerySelector(".form-errors")!.TextContent);
        Assert.Equal("Orphan " + text, again.QuerySelector("#comment")!.TextContent);
    }

    [Fact]
    public async Task Saving_my_details_is_only_done_when_asked_and_never_written_into_the_page()
    {
        var article = await ArticleAsync();
        var email = NewEmail();
        using var careful = new Commenter(site.BaseAddress);
        await careful.PostAsync(article.Path, "No cookie " + Guid.NewGuid(), email);
        Assert.DoesNotContain(careful.Cookies.GetAllCookies(), c => c.Name == CommenterCookie.Name);

        using var regular = new Commenter(site.BaseAddress);
        await regular.PostAsync(article.Path, "Remember me " + Guid.NewGuid(), email, name: "Regular Reader", remember: true);
        var cookie = regular.Cookies.GetAllCookies().Single(c => c.Name == CommenterCookie.Name);
        Assert.Contains("Regular Reader", Uri.UnescapeDataString(cookie.Value));
        var (_, page) = await regular.OpenAsync(article.Path);
        Assert.DoesNotContain(email, page.DocumentElement.OuterHtml);
        Assert.NotNull(page.QuerySelector("script[src^='/js/comment-form.js']"));
    }

    [Fact]
    public async Task Comment_text_is_plain_text_with_web_addresses_linked_as_user_content()
    {
        var article = await ArticleAsync();
        var known = await site.WithDbAsync(db => db.Comments.Where(c => c.Status == ModerationStatus.Approved).Select(c => c.AuthorEmail).FirstAsync());
        var marker = Guid.NewGuid().ToString("N");
        var body = $"First line {marker}\nsecond line <b>not bold</b> <script>alert(1)</script>\n\nSee https://example.org/report?id=1. Or javascript:alert(2)";
        using var reader = new Commenter(site.BaseAddress);
        var (posted, _) = await reader.PostAsync(article.Path, body, known);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var page = await Html.ParseAsync(await site.Client.GetStringAsync(article.Path));
        var comment = page.QuerySelectorAll(".comment-body").Single(b => b.TextContent.Contains(marker));
        Assert.Equal(2, comment.QuerySelectorAll("p").Length);
        Assert.Single(comment.QuerySelectorAll("br"));
        Assert.Empty(comment.QuerySelectorAll("b, script"));
        Assert.Contains("<script>alert(1)</script>", comment.TextContent);
        var link = Assert.Single(comment.QuerySelectorAll("a"));
        Assert.Equal("https://example.org/report?id=1", link.GetAttribute("href"));
        Assert.Equal("nofollow ugc", link.GetAttribute("rel"));
    }
}
