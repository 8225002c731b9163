using Dateline.Articles;
using Dateline.Comments;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Comments;

/// <summary>
/// Hostile and odd values in every field: each ends in a clear refusal or in safe storage, never a 500, and never in
/// markup or script on the page. The vectors are our own spellings of the well-known filter-evasion tricks.
/// </summary>
[Collection(DemoSiteCollection.Name)]
public sealed class HostileCommentTests(AppFixture site)
{
    public static TheoryData<string> Vectors => new(
        "<script>alert('x')</script>",
        "<IMG SRC=\"javascript:alert('x');\">",
        "<img src=x onerror=alert(1)//",
        "<svg/onload=alert(1)>",
        "\"><iframe src=//evil.example></iframe>",
        "<a href=\"jav&#x09;ascript:alert(1)\">click</a>",
        "<<SCRIPT>alert(\"x\");//<</SCRIPT>",
        "<body onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(1)>",
        "';alert(String.fromCharCode(88,83,83))//",
        "<style>@import 'http://evil.example/x.css';</style>",
        "\u202Egnp.exe \u202Dright-to-left override",
        "bell \u0007 and escape \u001B inside",
        "\uFEFFzero width\u200B joiners\u200D and emoji 🧕🏽📰",
        "كابل کې باران — mixed English and Pashto",
        "' OR 1=1; DROP TABLE \"Comments\"; --");

    [Fact]
    public async Task A_NUL_character_is_refused_with_a_clear_page_and_nothing_is_stored()
    {
        var article = await site.WithDbAsync(db => db.Articles.AsNoTracking().Published(DateTime.UtcNow)
            .Where(a => a.CommentStatus == CommentStatus.Open).NewestFirst().FirstAsync());
        var marker = Guid.NewGuid().ToString("N");
        using var reader = new Commenter(site.BaseAddress);
        var (response, page) = await reader.PostAsync(article.Path, $"{marker} NUL\0inside", "nul@example.org");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("NUL character", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.False(await site.WithDbAsync(db => db.Comments.AnyAsync(c => c.Body.StartsWith(marker))));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task A_hostile_value_in_any_field_is_refused_or_stored_safely_and_never_runs(string vector)
    {
        var article = await site.WithDbAsync(db => db.Articles.AsNoTracking().Published(DateTime.UtcNow)
            .Where(a => a.CommentStatus == CommentStatus.Open).NewestFirst().FirstAsync());
        var known = await site.WithDbAsync(db => db.Comments.Where(c => c.Status == ModerationStatus.Approved).Select(c => c.AuthorEmail).FirstAsync());
        var marker = Guid.NewGuid().ToString("N");
        using var reader = new Commenter(site.BaseAddress);

        // In the comment and the name: stored (control characters removed), shown as text.
        var (posted, postedPage) = await reader.PostAsync(article.Path, $"{marker} {vector}", known, name: vector.Length > 200 ? vector[..200] : vector);
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, $"{posted.StatusCode}: {postedPage.Body?.TextContent[..Math.Min(2000, postedPage.Body.TextContent.Length)]}");
        var stored = await site.WithDbAsync(db => db.Comments.AsNoTracking().SingleAsync(c => c.Body.StartsWith(marker)));
        Assert.DoesNotContain('\0', stored.Body + stored.AuthorName);

        // Seen as its writer sees it, so a comment the policy held is on the page too.
        var (_, page) = await reader.OpenAsync(article.Path);
        var comment = page.QuerySelector($"#comment-{stored.Id}");
        Assert.True(comment is not null, $"the comment ({stored.Status}: {stored.ModerationNote}) is not on the page");
        Assert.Empty(comment.QuerySelectorAll("script, img, svg, iframe, style, body"));
        Assert.DoesNotContain(comment.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        Assert.All(comment.QuerySelectorAll(".comment-body a"), a => Assert.StartsWith("http", a.GetAttribute("href")));

        // In the email and website fields: refused with a message, the rest of the form kept.
        var (refused, form) = await reader.PostAsync(article.Path, $"{marker} second", vector, website: vector);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.NotNull(form.QuerySelector(".form-errors"));
        Assert.Equal($"{marker} second", form.QuerySelector("#comment")!.TextContent);
    }
}
