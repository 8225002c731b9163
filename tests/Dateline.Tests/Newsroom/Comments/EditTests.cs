using Dateline.Comments;
using Dateline.Newsroom;
using static Dateline.Tests.Newsroom.Comments.QueueComments;

namespace Dateline.Tests.Newsroom.Comments;

/// <summary>One comment at /admin/comments/{id}: a moderator's edit, and a reply as staff.</summary>
[Collection(NewsroomCollection.Name)]
public sealed class EditTests(NewsroomSite site)
{
    private static async Task<AngleSharp.Dom.IElement?> ReaderCommentAsync(NewsroomSite site, string path, int id) =>
        (await Html.ParseAsync(await site.Client.GetStringAsync(path))).QuerySelector($"#comment-{id}");

    [Fact]
    public async Task Editing_changes_the_comment_and_records_who_edited_it_and_when()
    {
        var (article, path) = await ArticleAsync(site);
        var id = await AddAsync(site, article, "Typo-ridden text " + Words(), ModerationStatus.Approved, name: "Reader Before");
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var (form, page) = await editor.GetAsync($"/admin/comments/{id}");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.StartsWith("Typo-ridden text", page.QuerySelector("textarea#input-body")!.TextContent);

        var words = Words();
        var before = DateTime.UtcNow.AddSeconds(-1);
        var (saved, _) = await editor.PostAgainAsync($"/admin/comments/{id}",
            [new("Input.Name", "Reader After"), new("Input.Website", "https://reader.example/"), new("Input.Body", $"Corrected text {words}"), new("Input.Status", "Approved")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var comment = (await FindAsync(site, id))!;
        Assert.Equal(("Reader After", "https://reader.example/", $"Corrected text {words}"), (comment.AuthorName, comment.AuthorUrl, comment.Body));
        Assert.True(comment.EditedAt >= before);
        Assert.Equal(await site.UserIdAsync(NewsroomRoles.Editor), comment.StaffUserId);
        var shown = (await ReaderCommentAsync(site, path, id))!;
        Assert.Contains(words, shown.TextContent);
        // A moderator's correction does not make the reader's comment the newsroom's.
        Assert.Null(shown.QuerySelector(".comment-badge"));
    }

    [Fact]
    public async Task An_edit_can_move_the_comment_and_an_empty_comment_is_refused_with_the_text_kept()
    {
        var (article, _) = await ArticleAsync(site);
        var id = await AddAsync(site, article, "Kept as it was " + Words());
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);

        var (refused, page) = await editor.PostAsync($"/admin/comments/{id}", $"/admin/comments/{id}",
            [new("Input.Name", "Someone"), new("Input.Body", "   "), new("Input.Status", "Approved"), new("Input.Website", "not a web address")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#input-body']"));
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#input-website']"));
        Assert.Equal("not a web address", page.QuerySelector("#input-website")!.GetAttribute("value"));
        var unchanged = (await FindAsync(site, id))!;
        Assert.StartsWith("Kept as it was", unchanged.Body);
        Assert.Null(unchanged.EditedAt);

        var (moved, _) = await editor.PostAgainAsync($"/admin/comments/{id}", [new("Input.Name", "Someone"), new("Input.Body", "Fine now"), new("Input.Status", "Spam")]);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(ModerationStatus.Spam, await StatusAsync(site, id));
    }

    [Fact]
    public async Task A_staff_reply_is_published_under_the_members_name_with_the_staff_badge()
    {
        var (article, path) = await ArticleAsync(site);
        var parent = await AddAsync(site, article, "A question for the newsroom " + Words(), ModerationStatus.Approved);
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var words = Words();

        var (replied, _) = await editor.PostAsync($"/admin/comments/{parent}", $"/admin/comments/{parent}?handler=Reply", [new("reply", $"The newsroom answers {words}")]);

        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        var replyId = NewsroomSite.IdIn(replied);
        var reply = (await FindAsync(site, replyId))!;
        Assert.Equal((ModerationStatus.Approved, parent, article), (reply.Status, reply.ParentId, reply.ArticleId));
        Assert.Equal(("Editor Member", NewsroomSite.EmailOf(NewsroomRoles.Editor)), (reply.AuthorName, reply.AuthorEmail));
        Assert.Equal(await site.UserIdAsync(NewsroomRoles.Editor), reply.StaffUserId);

        var html = await site.Client.GetStringAsync(path);
        var shown = (await Html.ParseAsync(html)).QuerySelector($"#comment-{parent} .comment-replies #comment-{replyId}")!;
        Assert.Contains(words, shown.TextContent);
        Assert.Equal("Staff", shown.QuerySelector(".comment-badge")!.TextContent);
        Assert.DoesNotContain(NewsroomSite.EmailOf(NewsroomRoles.Editor), html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_empty_reply_is_refused()
    {
        var (article, _) = await ArticleAsync(site);
        var parent = await AddAsync(site, article, "Unanswered " + Words(), ModerationStatus.Approved);
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);

        var (refused, page) = await editor.PostAsync($"/admin/comments/{parent}", $"/admin/comments/{parent}?handler=Reply", [new("reply", " \n ")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#reply']"));
        Assert.Equal(0, await site.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Comments, c => c.ParentId == parent)));
    }
}
