using AngleSharp.Dom;
using Dateline.Articles;
using Dateline.Comments;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Articles;

[Collection(DemoSiteCollection.Name)]
public sealed class ArticlePageTests(AppFixture site)
{
    // A demo article in a three-level section, in a story, with threaded comments of every status.
    private async Task<Article> ArticleWithEverythingAsync() => await site.WithDbAsync(db => db.Articles.AsNoTracking()
        .Include(a => a.PrimarySection).Include(a => a.Bylines).ThenInclude(b => b.Author).Include(a => a.Tags).Include(a => a.Story)
        .Where(a => a.StoryId != null && a.DatelinePlace != null && a.PrimarySection.Path.Contains("/"))
        .Where(a => a.Comments.Any(c => c.ParentId != null && c.Status == ModerationStatus.Approved))
        .OrderByDescending(a => a.UpdatedAt != null).ThenByDescending(a => a.Comments.Count)
        .FirstAsync());

    [Fact]
    public async Task Article_page_carries_every_element_of_the_anatomy()
    {
        var article = await ArticleWithEverythingAsync();
        var page = await site.Client.GetPageAsync(article.Path);

        Assert.Equal($"{article.Headline} - The Frontier Ledger", page.Title);
        var h1 = Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal(article.Headline, h1.Text());

        var authorLinks = page.QuerySelectorAll(".byline a[rel=author]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(article.Bylines.OrderBy(b => b.Position).Select(b => b.Author.Url), authorLinks);
        var published = page.QuerySelector(".byline .published time")!;
        Assert.Equal(article.PublishedAt!.Value.ToString("yyyy-MM-ddTHH:mm:ssZ"), published.GetAttribute("datetime"));

        var updated = page.QuerySelector(".byline .updated time")!;
        Assert.Equal(article.UpdatedAt!.Value.ToString("yyyy-MM-ddTHH:mm:ssZ"), updated.GetAttribute("datetime"));

        var firstParagraph = page.QuerySelector(".article-body p")!;
        Assert.StartsWith($"{article.DatelinePlace!.ToUpperInvariant()} –", firstParagraph.Text());
        Assert.Equal(article.SourceAttribution, page.QuerySelector(".source-attribution")!.Text());
        Assert.Equal(article.Tags.Select(t => t.Url).Order(), page.QuerySelectorAll(".tags a[rel=tag]").Select(a => a.GetAttribute("href")).Order());
        Assert.Equal(article.Story!.Url, page.QuerySelector(".story-link a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector(".lead-image img[alt][width][height]"));
    }

    [Fact]
    public async Task Breadcrumb_follows_the_category_tree_with_a_link_at_each_level()
    {
        var article = await ArticleWithEverythingAsync();
        var page = await site.Client.GetPageAsync(article.Path);

        var crumbs = page.QuerySelectorAll(".breadcrumb li").ToList();
        var segments = article.PrimarySection.Path.Split('/');
        Assert.Equal(segments.Length + 2, crumbs.Count);
        Assert.Equal("/", crumbs[0].QuerySelector("a")!.GetAttribute("href"));
        for (var level = 1; level <= segments.Length; level++)
        {
            Assert.Equal("/category/" + string.Join('/', segments.Take(level)), crumbs[level].QuerySelector("a")!.GetAttribute("href"));
        }

        Assert.Equal(article.Headline, crumbs[^1].Text());
        Assert.Null(crumbs[^1].QuerySelector("a"));
    }

    [Fact]
    public async Task Check_also_shows_a_published_related_article_with_image_headline_and_excerpt()
    {
        var article = await ArticleWithEverythingAsync();
        var page = await site.Client.GetPageAsync(article.Path);

        var box = page.QuerySelector("aside.check-also")!;
        Assert.Equal("Check Also", box.QuerySelector("h2")!.Text());
        var link = box.QuerySelector("h3 a")!;
        Assert.NotEqual(article.Path, link.GetAttribute("href"));
        Assert.NotNull(box.QuerySelector("img[width][height]"));
        Assert.EndsWith("…", box.QuerySelector(".excerpt")!.Text());
        var related = await site.Client.GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, related.StatusCode);
    }

    [Fact]
    public async Task Approved_comments_are_threaded_and_held_ones_and_emails_are_never_shown()
    {
        var article = await ArticleWithEverythingAsync();
        var comments = await site.WithDbAsync(db => db.Comments.AsNoTracking().Where(c => c.ArticleId == article.Id).ToListAsync());
        using var response = await site.Client.GetAsync(article.Path);
        var html = await response.Content.ReadAsStringAsync();
        var page = await Html.ParseAsync(html);

        foreach (var comment in comments)
        {
            var shown = page.QuerySelector($"#comment-{comment.Id}");
            Assert.Equal(comment.Status == ModerationStatus.Approved, shown is not null);
            Assert.DoesNotContain(comment.AuthorEmail, html, StringComparison.OrdinalIgnoreCase);
        }

        var reply = comments.First(c => c.ParentId != null && c.Status == ModerationStatus.Approved
            && comments.Single(p => p.Id == c.ParentId).Status == ModerationStatus.Approved);
        var parentItem = page.QuerySelector($"#comment-{reply.ParentId}")!;
        Assert.Equal(parentItem, page.QuerySelector($"#comment-{reply.Id}")!.ParentElement!.Closest("li.comment"));
    }

    [Fact]
    public async Task Comment_form_makes_its_promise_and_marks_required_fields()
    {
        var article = await ArticleWithEverythingAsync();
        var page = await site.Client.GetPageAsync(article.Path);

        var respond = page.QuerySelector(".comment-respond")!;
        Assert.Equal("Leave a Reply", respond.QuerySelector("h2")!.Text());
        Assert.Equal("Your email address will not be published. Required fields are marked *", respond.QuerySelector(".comment-notes")!.Text());
        var form = respond.QuerySelector("form[method=post]")!;
        // The page is one shared cached copy: no per-reader token (cross-site posts are refused by their headers).
        Assert.Null(form.QuerySelector("input[name=__RequestVerificationToken]"));
        foreach (var (id, required) in new[] { ("comment", true), ("author", true), ("email", true), ("url", false) })
        {
            var label = form.QuerySelector($"label[for={id}]")!;
            Assert.Equal(required, label.QuerySelector(".required") is not null);
            Assert.Equal(required, form.QuerySelector($"#{id}")!.HasAttribute("required"));
        }
    }

    [Fact]
    public async Task A_wrong_date_in_the_url_answers_301_to_the_article()
    {
        var article = await ArticleWithEverythingAsync();
        var wrong = Article.PathFor(article.PublishedAt!.Value.AddDays(-3), article.Slug);
        using var response = await site.Client.GetAsync(wrong);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(article.Path, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Another_spelling_of_the_address_answers_301_to_the_canonical_one()
    {
        var article = await ArticleWithEverythingAsync();
        var upper = article.Path[..12] + article.Slug.ToUpperInvariant();
        using var response = await site.Client.GetAsync(upper + "?utm_source=x");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(article.Path + "?utm_source=x", response.Headers.Location!.OriginalString);
    }
}
