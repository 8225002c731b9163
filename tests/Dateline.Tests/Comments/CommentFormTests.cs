using System.Text.RegularExpressions;
using Dateline.Articles;
using Dateline.Comments;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Comments;

[Collection(DemoSiteCollection.Name)]
public sealed partial class CommentFormTests(AppFixture site)
{
    private string? stamp;

    private async Task<(string Path, string Token, string Cookie)> OpenFormAsync()
    {
        var article = await site.WithDbAsync(db => db.Articles.Published(DateTime.UtcNow)
            .Where(a => a.CommentStatus == CommentStatus.Open).NewestFirst().FirstAsync());
        using var response = await site.Client.GetAsync(article.Path);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        var token = page.QuerySelector("form.comment-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        stamp = page.QuerySelector("form.comment-form input[name='Input.Stamp']")!.GetAttribute("value");
        var cookie = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        return (article.Path, token, cookie);
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string? token, string? cookie, Dictionary<string, string> fields)
    {
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
            fields["Input.Stamp"] = stamp!;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, path + "?handler=Comment") { Content = new FormUrlEncodedContent(fields) };
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await site.Client.SendAsync(request);
    }

    [Fact]
    public async Task A_valid_comment_is_held_for_moderation_and_not_shown_to_readers()
    {
        var (path, token, cookie) = await OpenFormAsync();
        var marker = "Held comment " + Guid.NewGuid().ToString("N");
        using var response = await PostAsync(path, token, cookie, new()
        {
            ["Input.Comment"] = marker, ["Input.Name"] = "Reader", ["Input.Email"] = "reader@example.org", ["Input.Website"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await site.WithDbAsync(db => db.Comments.SingleAsync(c => c.Body == marker));
        Assert.Equal(ModerationStatus.Pending, stored.Status);
        Assert.DoesNotContain(marker, await site.Client.GetStringAsync(path));
    }

    [Fact]
    public async Task Errors_are_shown_next_to_the_field_and_nothing_typed_is_lost()
    {
        var (path, token, cookie) = await OpenFormAsync();
        var typed = "A thoughtful comment. " + Guid.NewGuid();
        using var response = await PostAsync(path, token, cookie, new()
        {
            ["Input.Comment"] = typed, ["Input.Name"] = "", ["Input.Email"] = "not-an-email", ["Input.Website"] = "javascript:alert(1)",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(typed, page.QuerySelector("#comment")!.TextContent);
        Assert.Equal("not-an-email", page.QuerySelector("#email")!.GetAttribute("value"));
        Assert.False(string.IsNullOrEmpty(page.QuerySelector("#author-error")!.TextContent));
        Assert.False(string.IsNullOrEmpty(page.QuerySelector("#email-error")!.TextContent));
        Assert.False(string.IsNullOrEmpty(page.QuerySelector("#url-error")!.TextContent));
        Assert.True(string.IsNullOrEmpty(page.QuerySelector("#comment-error")!.TextContent));
        Assert.False(await site.WithDbAsync(db => db.Comments.AnyAsync(c => c.Body == typed)));
    }

    [Theory]
    [InlineData("Input.Comment", CommentInput.MaxComment + 1)]
    [InlineData("Input.Name", CommentInput.MaxName + 1)]
    [InlineData("Input.Email", CommentInput.MaxEmail + 1)]
    [InlineData("Input.Website", CommentInput.MaxWebsite + 1)]
    public async Task Oversize_fields_are_refused_not_truncated(string field, int length)
    {
        var (path, token, cookie) = await OpenFormAsync();
        var marker = "Oversize " + Guid.NewGuid().ToString("N");
        var fields = new Dictionary<string, string>
        {
            ["Input.Comment"] = marker, ["Input.Name"] = "Reader", ["Input.Email"] = "a@example.org", ["Input.Website"] = "https://example.org/",
        };
        fields[field] = field switch
        {
            "Input.Email" => new string('e', length - "@example.org".Length) + "@example.org",
            "Input.Website" => "https://example.org/" + new string('w', length - "https://example.org/".Length),
            "Input.Comment" => marker + new string('x', length - marker.Length),
            _ => new string('n', length),
        };

        using var response = await PostAsync(path, token, cookie, fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.False(await site.WithDbAsync(db => db.Comments.AnyAsync(c => c.Body.StartsWith(marker))));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var (path, _, _) = await OpenFormAsync();
        using var response = await PostAsync(path, null, null, new()
        {
            ["Input.Comment"] = "forged", ["Input.Name"] = "Forger", ["Input.Email"] = "f@example.org",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
