using System.Text.RegularExpressions;
using Dateline.Articles;
using Dateline.Comments;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Comments;

[Collection(DemoSiteCollection.Name)]
public sealed partial class CommentFormTests(AppFixture site)
{
    private string? stamp;

    /// <summary>Opens the article as a browser with script does: the page, then a fresh stamp for its form.</summary>
    private async Task<(string Path, string Stamp, string? Cookie)> OpenFormAsync()
    {
        var article = await site.WithDbAsync(db => db.Articles.Published(DateTime.UtcNow)
            .Where(a => a.CommentStatus == CommentStatus.Open).NewestFirst().FirstAsync());
        var page = await site.Client.GetPageAsync(article.Path);
        var form = page.QuerySelector("form.comment-form")!;
        Assert.Equal("", form.QuerySelector("input[name='Input.Stamp']")!.GetAttribute("value"));
        using var fresh = await site.Client.GetAsync(form.GetAttribute("data-stamp"));
        Assert.True(fresh.Headers.CacheControl is { Private: true, NoStore: true });
        stamp = await fresh.Content.ReadAsStringAsync();
        return (article.Path, stamp, null);
    }

    private async Task<HttpResponseMessage> PostAsync(
        string path, string? token, string? cookie, Dictionary<string, string> fields, params (string Name, string Value)[] headers)
    {
        if (token is not null)
        {
            fields["Input.Stamp"] = stamp!;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, path + "?handler=Comment") { Content = new FormUrlEncodedContent(fields) };
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
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

    [Theory]
    [InlineData("Origin", "https://elsewhere.example")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task A_post_from_another_site_is_refused_and_nothing_is_stored(string header, string value)
    {
        var (path, token, _) = await OpenFormAsync();
        var marker = "Cross-site " + Guid.NewGuid().ToString("N");
        using var response = await PostAsync(path, token, null, new()
        {
            ["Input.Comment"] = marker, ["Input.Name"] = "Forger", ["Input.Email"] = "f@example.org",
        }, (header, value));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await site.WithDbAsync(db => db.Comments.AnyAsync(c => c.Body == marker)));
    }

    [Fact]
    public async Task A_post_from_this_site_is_taken()
    {
        var (path, token, _) = await OpenFormAsync();
        var marker = "Same-site " + Guid.NewGuid().ToString("N");
        using var response = await PostAsync(path, token, null, new()
        {
            ["Input.Comment"] = marker, ["Input.Name"] = "Reader", ["Input.Email"] = "r@example.org",
        }, ("Origin", site.BaseAddress.GetLeftPart(UriPartial.Authority)), ("Sec-Fetch-Site", "same-origin"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await site.WithDbAsync(db => db.Comments.AnyAsync(c => c.Body == marker)));
    }

    [Fact]
    public async Task Without_script_the_first_send_comes_back_with_a_stamp_and_the_text_and_the_second_is_taken()
    {
        var (path, _, _) = await OpenFormAsync();
        var marker = "No script " + Guid.NewGuid().ToString("N");
        var fields = new Dictionary<string, string> { ["Input.Comment"] = marker, ["Input.Name"] = "Reader", ["Input.Email"] = "r@example.org", ["Input.Stamp"] = "" };
        using var refused = await PostAsync(path, null, null, new(fields));
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        var page = await Html.ParseAsync(await refused.Content.ReadAsStringAsync());
        Assert.Equal(marker, page.QuerySelector("form.comment-form textarea[name='Input.Comment']")!.TextContent.Trim());
        fields["Input.Stamp"] = page.QuerySelector("form.comment-form input[name='Input.Stamp']")!.GetAttribute("value")!;
        Assert.NotEmpty(fields["Input.Stamp"]);

        using var taken = await PostAsync(path, null, null, fields);
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.True(await site.WithDbAsync(db => db.Comments.AnyAsync(c => c.Body == marker)));
    }
}
