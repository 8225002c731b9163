using Dateline.Articles;
using Dateline.Comments;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Comments;

/// <summary>
/// Behind a TLS proxy the app sees its own loopback address while the browser posts from the public one
/// (Dateline:PublicUrl): a comment from either is this site's, one from anywhere else is refused.
/// </summary>
public sealed class ProxiedCommentTests(ProxiedCommentTests.ProxiedSite site) : IClassFixture<ProxiedCommentTests.ProxiedSite>
{
    public sealed class ProxiedSite : AppFixture
    {
        protected override IEnumerable<string> Configuration => ["--Dateline:PublicUrl=https://news.example.org"];
    }

    /// <summary>Opens an article's comment form as its script does and posts a comment from <paramref name="origin"/>.</summary>
    private async Task<(HttpStatusCode Status, bool Stored)> PostFromAsync(string origin)
    {
        var article = await site.WithDbAsync(db => db.Articles.AsNoTracking().Published(DateTime.UtcNow)
            .Where(a => a.CommentStatus == CommentStatus.Open).NewestFirst().FirstAsync());
        var form = (await site.Client.GetPageAsync(article.Path)).QuerySelector("form.comment-form")!;
        var stamp = await site.Client.GetStringAsync(form.GetAttribute("data-stamp"));
        var marker = "Proxied comment " + Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, article.Path + "?handler=Comment")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Stamp"] = stamp, ["Input.Comment"] = marker, ["Input.Name"] = "Reader", ["Input.Email"] = "reader@example.org",
            }),
        };
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var response = await site.Client.SendAsync(request);
        return (response.StatusCode, await site.WithDbAsync(db => db.Comments.AnyAsync(c => c.Body == marker)));
    }

    [Fact]
    public async Task A_comment_posted_from_the_public_address_is_taken()
    {
        var (status, stored) = await PostFromAsync("https://news.example.org");
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.True(stored);
    }

    [Fact]
    public async Task A_comment_posted_from_the_apps_own_address_is_still_taken()
    {
        var (status, stored) = await PostFromAsync(site.BaseAddress.GetLeftPart(UriPartial.Authority));
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.True(stored);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://news.example.org")]
    [InlineData("https://news.example.org.evil.example")]
    [InlineData("https://news.example.org:8443")]
    public async Task A_comment_posted_from_anywhere_else_is_refused(string origin)
    {
        var (status, stored) = await PostFromAsync(origin);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.False(stored);
    }
}
