using System.Text.Json;
using Dateline.Comments;
using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Newsroom.Comments;

/// <summary>Commenters' data requests: only Administrators, a copy of one person's comments only, and erasure that keeps others' replies.</summary>
[Collection(NewsroomCollection.Name)]
public sealed class PrivacyTests(NewsroomSite site)
{
    private const string Privacy = "/admin/comments/privacy";

    private async Task<(int ArticleId, string Path)> ArticleAsync(NewsroomSession editor)
    {
        var id = await site.CreateArticleAsync(editor, "Data request article " + Guid.NewGuid(), action: "publish");
        return (id, (await site.ArticleAsync(id)).Path);
    }

    private Task<int> CommentAsync(int articleId, string email, string body, int? parentId = null, string name = "Ada Reader") =>
        site.WithDbAsync(async db =>
        {
            var comment = new Comment
            {
                ArticleId = articleId, ParentId = parentId, AuthorName = name, AuthorEmail = email, AuthorUrl = "https://ada.example/",
                Body = body, Status = ModerationStatus.Approved, CreatedAt = DateTime.UtcNow, IpHash = new string('c', 64), SpamScore = 1,
            };
            db.Comments.Add(comment);
            await db.SaveChangesAsync();
            return comment.Id;
        });

    private Task<List<Comment>> CommentsAsync(params int[] ids) =>
        site.WithDbAsync(db => db.Comments.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.Id).ToListAsync());

    private static List<KeyValuePair<string, string>> Form(params (string Key, string Value)[] fields) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).ToList();

    [Theory]
    [InlineData(NewsroomRoles.Contributor)]
    [InlineData(NewsroomRoles.Author)]
    [InlineData(NewsroomRoles.Editor)]
    public async Task Data_requests_are_for_administrators_only_even_by_a_forged_post(string role)
    {
        using var admin = await site.SignInAsync(NewsroomRoles.Administrator);
        var (articleId, _) = await ArticleAsync(admin);
        var email = $"kept-{Guid.NewGuid():N}@example.test";
        var id = await CommentAsync(articleId, email, "Not to be erased by just anyone " + Guid.NewGuid());
        var (open, _) = await admin.GetAsync(Privacy);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);

        using var member = await site.SignInAsync(role);
        var (refused, _) = await member.GetAsync(Privacy);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await member.GetAsync("/admin");
        foreach (var handler in new[] { "Find", "Export", "Erase" })
        {
            var (forged, _) = await member.PostAgainAsync($"{Privacy}?handler={handler}",
                Form(("Email", email), ("AlsoDelete", "true"), ("Confirming", "true"), ("Confirmed", "true")));
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        }

        Assert.Equal(email, (await CommentsAsync(id)).Single().AuthorEmail);
    }

    [Fact]
    public async Task Export_is_a_json_file_of_exactly_that_commenters_comments_whatever_the_case_of_the_address()
    {
        using var admin = await site.SignInAsync(NewsroomRoles.Administrator);
        var (articleId, path) = await ArticleAsync(admin);
        var unique = Guid.NewGuid().ToString("N");
        var email = $"Ada.{unique}@Example.test";
        var other = $"someone-else-{unique}@example.test";
        var first = await CommentAsync(articleId, email, "First words of Ada " + unique);
        await CommentAsync(articleId, email.ToLowerInvariant(), "Second words of Ada " + unique);
        await CommentAsync(articleId, other, "Someone else's words " + unique, parentId: first, name: "Someone Else");

        var (found, page) = await admin.PostAsync(Privacy, $"{Privacy}?handler=Find", Form(("Email", " " + email.ToUpperInvariant() + " ")));
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.EndsWith(": 2", page.QuerySelector("#found-title")!.Text());

        var (response, _) = await admin.PostAgainAsync($"{Privacy}?handler=Export", Form(("Email", email.ToUpperInvariant())));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var json = await response.Content.ReadAsStringAsync();
        using var export = JsonDocument.Parse(json);
        var comments = export.RootElement.GetProperty("comments").EnumerateArray().ToList();
        Assert.Equal(["First words of Ada " + unique, "Second words of Ada " + unique], comments.Select(c => c.GetProperty("body").GetString()));
        Assert.All(comments, c =>
        {
            Assert.EndsWith(path, c.GetProperty("url").GetString());
            Assert.StartsWith("Data request article", c.GetProperty("headline").GetString());
            Assert.Equal("Ada Reader", c.GetProperty("name").GetString());
            Assert.Equal("https://ada.example/", c.GetProperty("website").GetString());
            Assert.Equal("Approved", c.GetProperty("status").GetString());
            Assert.True(c.TryGetProperty("date", out _));
        });
        Assert.DoesNotContain("Someone", json);
        Assert.DoesNotContain(other, json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@", json);
    }

    [Fact]
    public async Task Erasing_asks_first_then_anonymizes_the_commenter_and_keeps_the_text()
    {
        using var admin = await site.SignInAsync(NewsroomRoles.Administrator);
        var (articleId, path) = await ArticleAsync(admin);
        var unique = Guid.NewGuid().ToString("N");
        var email = $"erase-me-{unique}@example.test";
        var ids = new[] { await CommentAsync(articleId, email, "Words that stay " + unique), await CommentAsync(articleId, email.ToUpperInvariant(), "More words that stay " + unique) };

        var (asked, page) = await admin.PostAsync(Privacy, $"{Privacy}?handler=Erase", Form(("Email", email)));
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.NotNull(page.QuerySelector("input#confirmed[type=checkbox]"));
        var (unticked, again) = await admin.PostAgainAsync($"{Privacy}?handler=Erase", Form(("Email", email), ("AlsoDelete", "false"), ("Confirming", "true")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unticked.StatusCode);
        Assert.NotNull(again.QuerySelector(".error-summary a[href='#confirmed']"));
        Assert.All(await CommentsAsync(ids), c => Assert.Equal(email, c.AuthorEmail, ignoreCase: true));

        var (erased, _) = await admin.PostAgainAsync($"{Privacy}?handler=Erase",
            Form(("Email", email), ("AlsoDelete", "false"), ("Confirming", "true"), ("Confirmed", "true")));
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.DoesNotContain(email, erased.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);

        var after = await CommentsAsync(ids);
        Assert.All(after, c =>
        {
            Assert.Equal("Anonymous", c.AuthorName);
            Assert.Equal($"erased-{c.Id}@invalid", c.AuthorEmail);
            Assert.Null(c.AuthorUrl);
            Assert.Null(c.IpHash);
        });
        Assert.Equal(["Words that stay " + unique, "More words that stay " + unique], after.Select(c => c.Body));
        Assert.False(await site.WithDbAsync(db => db.Comments.AnyAsync(c => c.AuthorEmail.ToLower() == email)));
        var reader = await Html.ParseAsync(await site.Client.GetStringAsync(path));
        Assert.Equal("Anonymous", reader.QuerySelector($"#comment-{ids[0]} .comment-author")!.Text());
    }

    [Fact]
    public async Task Erasing_with_delete_removes_the_comments_and_keeps_the_replies_of_others()
    {
        using var admin = await site.SignInAsync(NewsroomRoles.Administrator);
        var (articleId, path) = await ArticleAsync(admin);
        var unique = Guid.NewGuid().ToString("N");
        var email = $"delete-me-{unique}@example.test";
        var gone = await CommentAsync(articleId, email, "Words to delete " + unique);
        var reply = await CommentAsync(articleId, $"replier-{unique}@example.test", "A reply that stays " + unique, parentId: gone, name: "Replier");
        var answer = await CommentAsync(articleId, email, "Their answer, deleted too " + unique, parentId: reply);

        await admin.PostAsync(Privacy, $"{Privacy}?handler=Erase", Form(("Email", email), ("AlsoDelete", "true")));
        var (deleted, _) = await admin.PostAgainAsync($"{Privacy}?handler=Erase",
            Form(("Email", email), ("AlsoDelete", "true"), ("Confirming", "true"), ("Confirmed", "true")));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        var left = await CommentsAsync(gone, reply, answer);
        var kept = Assert.Single(left);
        Assert.Equal(reply, kept.Id);
        Assert.Null(kept.ParentId);
        var reader = await Html.ParseAsync(await site.Client.GetStringAsync(path));
        Assert.Contains("A reply that stays " + unique, reader.QuerySelector($"#comment-{reply}")!.Text());
        Assert.DoesNotContain("Words to delete " + unique, reader.Body!.Text());
    }
}
