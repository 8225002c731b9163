using Dateline.Comments;
using Dateline.Newsroom;
using static Dateline.Tests.Newsroom.Comments.QueueComments;

namespace Dateline.Tests.Newsroom.Comments;

/// <summary>Readers see "Staff" on what members wrote, whoever corrected it last, and never on a reader's corrected comment.</summary>
[Collection(NewsroomCollection.Name)]
public sealed class StaffBadgeTests(NewsroomSite site)
{
    [Fact]
    public async Task A_staff_reply_corrected_by_a_colleague_keeps_its_badge_and_a_corrected_reader_comment_gets_none()
    {
        var (article, path) = await ArticleAsync(site);
        var question = await AddAsync(site, article, "Who checks the facts? " + Words(), ModerationStatus.Approved);
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var (replied, _) = await editor.PostAsync($"/admin/comments/{question}", $"/admin/comments/{question}?handler=Reply", [new("reply", "We do, twice.")]);
        var reply = NewsroomSite.IdIn(replied);

        using var administrator = await site.SignInAsync(NewsroomRoles.Administrator);
        var words = Words();
        foreach (var (id, name) in new[] { (reply, "Editor Member"), (question, "Queue Reader") })
        {
            var (saved, _) = await administrator.PostAsync($"/admin/comments/{id}", $"/admin/comments/{id}",
                [new("Input.Name", name), new("Input.Body", $"Corrected {words}"), new("Input.Status", "Approved")]);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var page = await Html.ParseAsync(await site.Client.GetStringAsync(path));
        Assert.Equal("Staff", page.QuerySelector($"#comment-{reply} .comment-badge")?.TextContent);
        Assert.Null(page.QuerySelector($"#comment-{question} > article .comment-badge"));
        Assert.Equal(await site.UserIdAsync(NewsroomRoles.Administrator), (await FindAsync(site, reply))!.StaffUserId);
    }
}
