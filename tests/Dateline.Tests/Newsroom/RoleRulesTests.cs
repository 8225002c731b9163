using Dateline.Articles;
using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Newsroom;

/// <summary>Every role rule is checked on the server: forged requests for actions the page does not offer are refused.</summary>
[Collection(NewsroomCollection.Name)]
public sealed class RoleRulesTests(NewsroomSite site)
{
    [Fact]
    public async Task Contributor_cannot_publish_even_with_a_forged_request()
    {
        using var contributor = await site.SignInAsync(NewsroomRoles.Contributor);
        var id = await site.CreateArticleAsync(contributor, "Contributor draft " + Guid.NewGuid());
        var (editor, _) = await contributor.GetAsync($"/admin/articles/{id}");
        Assert.Equal(HttpStatusCode.OK, editor.StatusCode);

        var article = await site.ArticleAsync(id);
        var (response, _) = await contributor.PostAgainAsync($"/admin/articles/{id}",
            await site.ArticleFormAsync(article.Headline, more: [("action", "publish"), ("Input.Version", article.Version.ToString())]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ArticleStatus.Draft, (await site.ArticleAsync(id)).Status);
        // Nor can a new article be published at birth.
        var (created, _) = await contributor.PostAsync("/admin/articles/new", "/admin/articles/new",
            await site.ArticleFormAsync("Forged at birth " + Guid.NewGuid(), more: [("action", "publish")]));
        Assert.Equal(HttpStatusCode.Forbidden, created.StatusCode);
    }

    [Fact]
    public async Task Contributor_submits_own_draft_for_review_and_then_cannot_publish_or_edit_it_once_published()
    {
        using var contributor = await site.SignInAsync(NewsroomRoles.Contributor);
        var id = await site.CreateArticleAsync(contributor, "Submitted " + Guid.NewGuid(), action: "submit");
        Assert.Equal(ArticleStatus.PendingReview, (await site.ArticleAsync(id)).Status);

        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var article = await site.ArticleAsync(id);
        var (published, _) = await editor.PostAsync($"/admin/articles/{id}", $"/admin/articles/{id}",
            await site.ArticleFormAsync(article.Headline, more: [("action", "publish"), ("Input.Version", article.Version.ToString())]));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(ArticleStatus.Published, (await site.ArticleAsync(id)).Status);

        var (open, _) = await contributor.GetAsync($"/admin/articles/{id}");
        Assert.Equal(HttpStatusCode.Forbidden, open.StatusCode);
    }

    [Fact]
    public async Task Author_publishes_own_articles_but_cannot_touch_another_authors()
    {
        using var author = await site.SignInAsync(NewsroomRoles.Author);
        var own = await site.CreateArticleAsync(author, "Author's own " + Guid.NewGuid(), action: "publish");
        Assert.Equal(ArticleStatus.Published, (await site.ArticleAsync(own)).Status);

        using var other = await site.SignInAsync("SecondAuthor");
        var theirs = await site.CreateArticleAsync(other, "Someone else's " + Guid.NewGuid());
        var (open, _) = await author.GetAsync($"/admin/articles/{theirs}");
        Assert.Equal(HttpStatusCode.Forbidden, open.StatusCode);
        var article = await site.ArticleAsync(theirs);
        var (forged, _) = await author.PostAgainAsync($"/admin/articles/{theirs}",
            await site.ArticleFormAsync("Hijacked", more: [("action", "publish"), ("Input.Version", article.Version.ToString())]));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(article.Headline, (await site.ArticleAsync(theirs)).Headline);
    }

    [Theory]
    [InlineData(NewsroomRoles.Contributor, "/admin", HttpStatusCode.OK)]
    [InlineData(NewsroomRoles.Contributor, "/admin/users", HttpStatusCode.Forbidden)]
    [InlineData(NewsroomRoles.Author, "/admin/users", HttpStatusCode.Forbidden)]
    [InlineData(NewsroomRoles.Editor, "/admin/users", HttpStatusCode.Forbidden)]
    [InlineData(NewsroomRoles.Administrator, "/admin/users", HttpStatusCode.OK)]
    [InlineData(NewsroomRoles.Contributor, "/admin/articles", HttpStatusCode.OK)]
    public async Task Pages_are_open_only_to_the_roles_they_serve(string role, string path, HttpStatusCode expected)
    {
        using var session = await site.SignInAsync(role);
        var (response, _) = await session.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Only_administrators_change_roles_even_by_a_forged_post()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        await editor.GetAsync("/admin");
        var contributorId = await site.UserIdAsync(NewsroomRoles.Contributor);
        var (response, _) = await editor.PostAgainAsync("/admin/users?handler=Role", [new("id", contributorId), new("role", "Administrator")]);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var roles = await site.WithDbAsync(db => db.UserRoles.Where(r => r.UserId == contributorId).Select(r => r.RoleId).ToListAsync());
        Assert.Equal(["contributor"], roles);
    }

    [Fact]
    public async Task Readers_are_sent_to_sign_in_and_newsroom_pages_are_never_stored()
    {
        using var anonymous = new NewsroomSession(site.BaseAddress);
        var (response, _) = await anonymous.GetAsync("/admin/articles/new");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/admin/sign-in", response.Headers.Location!.OriginalString);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains("noindex", response.Headers.GetValues("X-Robots-Tag").Single());
    }
}
