using AngleSharp.Dom;
using Dateline.Articles;
using Dateline.Comments;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Editions;

/// <summary>
/// Text from elsewhere inside a page of the other direction (an English name in a Dari sentence, a Dari search on the
/// English site) is isolated, so it cannot reorder the words and punctuation around it.
/// </summary>
[Collection(TwoEditionSiteCollection.Name)]
public sealed class MixedDirectionTests(TwoEditionSite site)
{
    [Fact]
    public async Task A_search_echoed_in_a_heading_is_isolated_in_either_edition()
    {
        var dari = await site.Client.GetPageAsync("/fa/search?q=" + Uri.EscapeDataString("Kabul <b>"));
        var heading = dari.QuerySelector("h1")!;
        Assert.Equal("Kabul <b>", heading.QuerySelector("bdi")!.TextContent);
        Assert.Empty(heading.QuerySelectorAll("b"));
        Assert.Equal("auto", dari.QuerySelector("#search-page-q")!.GetAttribute("dir"));

        var english = await site.Client.GetPageAsync("/search?q=" + Uri.EscapeDataString("زعفران"));
        Assert.Equal("Results for “زعفران”", english.QuerySelector("h1")!.TextContent);
        Assert.Equal("زعفران", english.QuerySelector("h1 bdi")!.TextContent);
    }

    [Fact]
    public async Task An_english_commenter_replied_to_on_a_dari_article_is_isolated_and_comments_take_their_own_direction()
    {
        var (path, commentId) = await site.WithDbAsync(async db =>
        {
            var article = await db.Articles.AsNoTracking().Where(a => a.Slug == "ghoryan-zafaran-bardasht").SingleAsync();
            var comment = new Comment
            {
                ArticleId = article.Id, AuthorName = "Jane Smith (Herat)", AuthorEmail = "jane@example.test", Body = "<p>Good news for the farmers.</p>",
                Status = ModerationStatus.Approved, CreatedAt = DateTime.UtcNow,
            };
            db.Comments.Add(comment);
            await db.SaveChangesAsync();
            return ("/fa" + article.Path, comment.Id);
        });

        var page = await site.Client.GetPageAsync($"{path}?replyto={commentId}");

        Assert.Equal("Jane Smith (Herat)", page.QuerySelector("#reply-title bdi")!.TextContent);
        Assert.Equal("auto", page.QuerySelector($"#comment-{commentId} .comment-body")!.GetAttribute("dir"));
        Assert.Equal("auto", page.QuerySelector("#comment")!.GetAttribute("dir"));
        Assert.All(page.QuerySelectorAll(".tags a"), tag => Assert.NotNull(tag.QuerySelector("bdi")));
    }
}
