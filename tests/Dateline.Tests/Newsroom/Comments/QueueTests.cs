using Dateline.Comments;
using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;
using static Dateline.Tests.Newsroom.Comments.QueueComments;

namespace Dateline.Tests.Newsroom.Comments;

/// <summary>The moderation queue at /admin/comments: tabs, search, and every action, one at a time and in bulk.</summary>
[Collection(NewsroomCollection.Name)]
public sealed class QueueTests(NewsroomSite site)
{
    private static Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Page)> ActAsync(NewsroomSession session, string action, int id) =>
        session.PostAsync("/admin/comments", "/admin/comments", [new("row", $"{action}:{id}")]);

    private static Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Page)> BulkAsync(NewsroomSession session, string action, params int[] ids) =>
        session.PostAsync("/admin/comments", "/admin/comments", [new("bulk", action), .. ids.Select(id => new KeyValuePair<string, string>("ids", id.ToString()))]);

    [Fact]
    public async Task Tab_counts_match_the_database()
    {
        var (article, _) = await ArticleAsync(site);
        foreach (var status in Enum.GetValues<ModerationStatus>())
        {
            await AddAsync(site, article, "Counted " + Words(), status);
        }

        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var (response, page) = await editor.GetAsync("/admin/comments");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var counts = await site.WithDbAsync(db => db.Comments.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        var tabs = page.QuerySelectorAll("nav.tabs a").ToDictionary(a => a.TextContent.Split(' ')[0], a => a.QuerySelector(".tab-count")!.TextContent.Trim('(', ')'));
        Assert.Equal(4, tabs.Count);
        foreach (var status in Enum.GetValues<ModerationStatus>())
        {
            Assert.Equal(counts.GetValueOrDefault(status).ToString(), tabs[status.ToString()]);
        }

        Assert.Equal("page", page.QuerySelector("nav.tabs a[href*='status=pending']")!.GetAttribute("aria-current"));
        // The newsroom's navigation shows moderators the same number waiting.
        Assert.Equal(counts[ModerationStatus.Pending].ToString(), page.QuerySelector(".newsroom-bar a[href='/admin/comments'] .nav-count")!.FirstChild!.TextContent);
    }

    [Fact]
    public async Task Each_row_action_moves_exactly_that_comment()
    {
        var (article, _) = await ArticleAsync(site);
        var words = Words();
        var ids = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await AddAsync(site, article, $"Row action {words} {i}"));
        }

        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        async Task Expect(params ModerationStatus?[] expected) => Assert.Equal(expected, await Task.WhenAll(ids.Select(id => StatusAsync(site, id))));

        var (approved, _) = await ActAsync(editor, "approve", ids[0]);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("1 comment approved", Uri.UnescapeDataString(approved.Headers.Location!.OriginalString));
        await Expect(ModerationStatus.Approved, ModerationStatus.Pending, ModerationStatus.Pending);
        await ActAsync(editor, "unapprove", ids[0]);
        await Expect(ModerationStatus.Pending, ModerationStatus.Pending, ModerationStatus.Pending);
        await ActAsync(editor, "spam", ids[1]);
        await Expect(ModerationStatus.Pending, ModerationStatus.Spam, ModerationStatus.Pending);
        await ActAsync(editor, "restore", ids[1]);
        await Expect(ModerationStatus.Pending, ModerationStatus.Pending, ModerationStatus.Pending);
        await ActAsync(editor, "trash", ids[2]);
        await Expect(ModerationStatus.Pending, ModerationStatus.Pending, ModerationStatus.Trash);
        await ActAsync(editor, "delete", ids[2]);
        await Expect(ModerationStatus.Pending, ModerationStatus.Pending, null);
    }

    [Fact]
    public async Task Bulk_actions_move_exactly_the_ticked_comments_they_apply_to()
    {
        var (article, _) = await ArticleAsync(site);
        var words = Words();
        var ids = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add(await AddAsync(site, article, $"Bulk action {words} {i}"));
        }

        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        async Task Expect(params ModerationStatus?[] expected) => Assert.Equal(expected, await Task.WhenAll(ids.Select(id => StatusAsync(site, id))));

        var (response, _) = await BulkAsync(editor, "spam", ids[0], ids[1]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await Expect(ModerationStatus.Spam, ModerationStatus.Spam, ModerationStatus.Pending, ModerationStatus.Pending);
        await BulkAsync(editor, "trash", ids[0], ids[2]);
        await Expect(ModerationStatus.Trash, ModerationStatus.Spam, ModerationStatus.Trash, ModerationStatus.Pending);
        await BulkAsync(editor, "restore", ids[2]);
        await Expect(ModerationStatus.Trash, ModerationStatus.Spam, ModerationStatus.Pending, ModerationStatus.Pending);
        await BulkAsync(editor, "approve", ids[2], ids[3]);
        await Expect(ModerationStatus.Trash, ModerationStatus.Spam, ModerationStatus.Approved, ModerationStatus.Approved);
        await BulkAsync(editor, "unapprove", ids[3]);
        await Expect(ModerationStatus.Trash, ModerationStatus.Spam, ModerationStatus.Approved, ModerationStatus.Pending);

        // Delete applies to the trash alone: the ticked spam and approved comments stay where they are.
        var (deleted, _) = await BulkAsync(editor, "delete", ids[0], ids[1], ids[2]);
        Assert.Contains("left as they were", Uri.UnescapeDataString(deleted.Headers.Location!.OriginalString));
        await Expect(null, ModerationStatus.Spam, ModerationStatus.Approved, ModerationStatus.Pending);
    }

    [Fact]
    public async Task Deleting_from_the_trash_keeps_the_replies_to_it()
    {
        var (article, _) = await ArticleAsync(site);
        var parent = await AddAsync(site, article, "Deleted parent " + Words(), ModerationStatus.Trash);
        var reply = await AddAsync(site, article, "Surviving reply " + Words(), ModerationStatus.Approved, parentId: parent);
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);

        await ActAsync(editor, "delete", parent);

        Assert.Null(await FindAsync(site, parent));
        var kept = await FindAsync(site, reply);
        Assert.NotNull(kept);
        Assert.Null(kept.ParentId);
        Assert.Equal(ModerationStatus.Approved, kept.Status);
    }

    [Fact]
    public async Task Approving_shows_the_comment_to_readers_and_unapproving_hides_it_again()
    {
        var (article, path) = await ArticleAsync(site);
        var words = Words();
        var id = await AddAsync(site, article, "Shown once approved " + words);
        async Task<bool> Shown() => (await Html.ParseAsync(await site.Client.GetStringAsync(path))).QuerySelector($"#comment-{id}") is { } shown
            && shown.TextContent.Contains(words);
        Assert.False(await Shown());
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);

        await ActAsync(editor, "approve", id);
        Assert.True(await Shown());
        await ActAsync(editor, "unapprove", id);
        Assert.False(await Shown());
    }

    [Fact]
    public async Task Search_finds_comments_by_email_address_and_by_words_and_shows_what_moderators_need()
    {
        var (article, _) = await ArticleAsync(site);
        var words = Words();
        var email = $"Searched-{Guid.NewGuid():N}@Example.org";
        var byEmail = await AddAsync(site, article, "Nothing special here", email: email, ipHash: "abcdef0123456789abcdef", name: "Searched Reader");
        var byWords = await AddAsync(site, article, $"A comment about {words} and more\n\nA second paragraph <b>not bold</b>");
        var parent = await AddAsync(site, article, "A parent " + Words(), ModerationStatus.Approved, name: "Parent Writer");
        var reply = await AddAsync(site, article, $"A reply {words}", parentId: parent);
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);

        var (_, found) = await editor.GetAsync("/admin/comments?q=" + Uri.EscapeDataString(email.ToUpperInvariant()));
        var rows = found.QuerySelectorAll("table.comment-queue tbody tr");
        var row = Assert.Single(rows);
        Assert.Equal($"comment-{byEmail}", row.Id);
        Assert.Contains(email, row.TextContent);
        Assert.Contains("Searched Reader", row.TextContent);
        Assert.Equal("abcdef01", row.QuerySelector("code")!.TextContent);
        Assert.DoesNotContain("abcdef0123", row.TextContent);
        var headline = (await site.ArticleAsync(article)).Headline;
        Assert.Equal((await site.ArticleAsync(article)).Path, row.QuerySelectorAll("a").Single(a => a.TextContent == headline).GetAttribute("href"));

        var (_, byText) = await editor.GetAsync("/admin/comments?q=" + words);
        // Newest first: the reply came last.
        Assert.Equal([$"comment-{reply}", $"comment-{byWords}"], byText.QuerySelectorAll("table.comment-queue tbody tr").Select(r => r.Id));
        // The excerpt is plain text: the commenter's markup is shown, never rendered.
        var excerpt = byText.QuerySelector($"#comment-{byWords} .queue-excerpt")!;
        Assert.Contains("<b>not bold</b>", excerpt.TextContent);
        Assert.Empty(excerpt.QuerySelectorAll("b"));
        Assert.Contains("In reply to Parent Writer", byText.QuerySelector($"#comment-{reply}")!.TextContent);

        var (_, nothing) = await editor.GetAsync($"/admin/comments?status=spam&q={words}");
        Assert.Empty(nothing.QuerySelectorAll("table.comment-queue tbody tr"));
    }

    [Theory]
    [InlineData(NewsroomRoles.Author)]
    [InlineData(NewsroomRoles.Contributor)]
    public async Task Authors_and_contributors_cannot_moderate_even_by_a_forged_post(string role)
    {
        var (article, _) = await ArticleAsync(site);
        var id = await AddAsync(site, article, "Not theirs to moderate " + Words());
        using var session = await site.SignInAsync(role);

        var (queue, _) = await session.GetAsync("/admin/comments");
        Assert.Equal(HttpStatusCode.Forbidden, queue.StatusCode);
        var (edit, _) = await session.GetAsync($"/admin/comments/{id}");
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        var (_, dashboard) = await session.GetAsync("/admin");
        Assert.Null(dashboard.QuerySelector("a[href='/admin/comments']"));

        // The token of a page they may open, as a forger would have.
        var (forged, _) = await session.PostAgainAsync("/admin/comments", [new("row", $"approve:{id}")]);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        var (bulk, _) = await session.PostAgainAsync("/admin/comments", [new("bulk", "trash"), new("ids", id.ToString())]);
        Assert.Equal(HttpStatusCode.Forbidden, bulk.StatusCode);
        var (edited, _) = await session.PostAgainAsync($"/admin/comments/{id}",
            [new("Input.Name", "Forged"), new("Input.Body", "Forged"), new("Input.Status", "Approved")]);
        Assert.Equal(HttpStatusCode.Forbidden, edited.StatusCode);
        var (reply, _) = await session.PostAgainAsync($"/admin/comments/{id}?handler=Reply", [new("reply", "Forged reply")]);
        Assert.Equal(HttpStatusCode.Forbidden, reply.StatusCode);

        var comment = await FindAsync(site, id);
        Assert.Equal(ModerationStatus.Pending, comment!.Status);
        Assert.StartsWith("Not theirs", comment.Body);
        Assert.Equal(0, await site.WithDbAsync(db => db.Comments.CountAsync(c => c.ParentId == id)));
    }

    [Fact]
    public async Task An_action_without_the_antiforgery_token_is_refused()
    {
        var (article, _) = await ArticleAsync(site);
        var id = await AddAsync(site, article, "Cross-site target " + Words());
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);

        var response = await editor.RawPostAsync("/admin/comments", new FormUrlEncodedContent([new("row", $"approve:{id}")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ModerationStatus.Pending, await StatusAsync(site, id));
    }
}
