using Dateline.Articles;
using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Newsroom;

[Collection(NewsroomCollection.Name)]
public sealed class ArticleEditorTests(NewsroomSite site)
{
    private async Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Page)> SaveAsync(
        NewsroomSession session, int id, string headline, string body, string action = "save", int? version = null, params (string, string)[] more)
    {
        var current = await site.ArticleAsync(id);
        var fields = await site.ArticleFormAsync(headline, body, [("action", action), ("Input.Version", (version ?? current.Version).ToString()), .. more]);
        return await session.PostAsync($"/admin/articles/{id}", $"/admin/articles/{id}", fields);
    }

    [Fact]
    public async Task Saved_bodies_are_cleaned_of_anything_that_could_run()
    {
        using var author = await site.SignInAsync(NewsroomRoles.Author);
        var id = await site.CreateArticleAsync(author, "Clean body " + Guid.NewGuid(),
            body: "<h2>Facts</h2><p onclick=\"steal()\">Kept <a href=\"javascript:alert(1)\">link</a></p><script>alert(1)</script><table><tr><td>cell</td></tr></table>");
        var body = (await site.ArticleAsync(id)).BodyHtml;
        Assert.Contains("<h2>Facts</h2>", body);
        Assert.Contains("<td>cell</td>", body);
        Assert.DoesNotContain("script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Slugs_are_made_from_the_headline_and_kept_unique()
    {
        using var author = await site.SignInAsync(NewsroomRoles.Author);
        var headline = "Floods cut off Kunar's roads " + Guid.NewGuid().ToString("N")[..6];
        var first = await site.CreateArticleAsync(author, headline);
        var second = await site.CreateArticleAsync(author, headline);
        var a = (await site.ArticleAsync(first)).Slug;
        var b = (await site.ArticleAsync(second)).Slug;
        Assert.StartsWith("floods-cut-off-kunars-roads-", a);
        Assert.Equal(a + "-2", b);

        // A slug typed by hand that another article holds is refused, with everything typed kept.
        var (response, page) = await SaveAsync(author, second, "Kept headline", "<p>Kept body</p>", more: ("Input.Slug", a));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("already used", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Kept headline", page.QuerySelector("#input-headline")!.GetAttribute("value"));
        Assert.Contains("Kept body", page.QuerySelector("textarea#input-bodyhtml")!.TextContent);
    }

    [Fact]
    public async Task Changing_a_published_articles_slug_leaves_a_301_from_the_old_address()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var id = await site.CreateArticleAsync(editor, "Moving article " + Guid.NewGuid(), action: "publish");
        var oldPath = (await site.ArticleAsync(id)).Path;
        Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync(oldPath)).StatusCode);

        var newSlug = "moved-" + Guid.NewGuid().ToString("N")[..8];
        var (saved, _) = await SaveAsync(editor, id, "Moving article", "<p>Words.</p>", more: ("Input.Slug", newSlug));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var old = await site.Client.GetAsync(oldPath);
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.EndsWith("/" + newSlug, old.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_save_from_a_stale_copy_is_refused_with_both_texts_and_nothing_is_overwritten()
    {
        using var first = await site.SignInAsync(NewsroomRoles.Editor);
        using var second = await site.SignInAsync(NewsroomRoles.Editor);
        var id = await site.CreateArticleAsync(first, "Two tabs " + Guid.NewGuid());
        var loaded = (await site.ArticleAsync(id)).Version;

        var (mine, _) = await SaveAsync(first, id, "Two tabs: first save", "<p>First editor's paragraph.</p>", version: loaded);
        Assert.Equal(HttpStatusCode.Redirect, mine.StatusCode);
        var (theirs, page) = await SaveAsync(second, id, "Two tabs: second save", "<p>Second editor's paragraph.</p>", version: loaded);

        Assert.Equal(HttpStatusCode.Conflict, theirs.StatusCode);
        var conflict = page.QuerySelector(".conflict")!;
        Assert.Contains("First editor's paragraph.", conflict.TextContent);
        Assert.Contains("Second editor's paragraph.", conflict.TextContent);
        Assert.Contains("Second editor's paragraph.", page.QuerySelector("textarea#input-bodyhtml")!.TextContent);
        var stored = await site.ArticleAsync(id);
        Assert.Equal("Two tabs: first save", stored.Headline);

        // Saving again from the conflict view is a deliberate overwrite, and it works.
        var version = page.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;
        var (overwrite, _) = await second.PostAgainAsync($"/admin/articles/{id}",
            await site.ArticleFormAsync("Two tabs: second save", "<p>Second editor's paragraph.</p>", ("action", "save"), ("Input.Version", version)));
        Assert.Equal(HttpStatusCode.Redirect, overwrite.StatusCode);
        Assert.Equal("Two tabs: second save", (await site.ArticleAsync(id)).Headline);
    }

    [Fact]
    public async Task Every_save_keeps_a_revision_that_can_be_compared_and_restored()
    {
        using var author = await site.SignInAsync(NewsroomRoles.Author);
        var id = await site.CreateArticleAsync(author, "Revised " + Guid.NewGuid(), body: "<p>The original paragraph.</p>");
        await SaveAsync(author, id, "Revised twice", "<p>A rewritten paragraph.</p>");
        var revisions = await site.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == id).OrderBy(r => r.Id).ToListAsync());
        Assert.Equal(2, revisions.Count);
        Assert.All(revisions, r => Assert.Equal("Author Member", r.SavedByName));

        var (compare, page) = await author.GetAsync($"/admin/articles/{id}/revisions?from={revisions[0].Id}&to={revisions[1].Id}");
        Assert.Equal(HttpStatusCode.OK, compare.StatusCode);
        Assert.Equal("<p>The original paragraph.</p>", page.QuerySelector("table.diff:nth-of-type(3) del, .comparison table:last-of-type del")!.TextContent);
        Assert.Equal("<p>A rewritten paragraph.</p>", page.QuerySelector(".comparison table:last-of-type ins")!.TextContent);

        var version = (await site.ArticleAsync(id)).Version;
        var (restored, _) = await author.PostAgainAsync($"/admin/articles/{id}/revisions?handler=Restore",
            [new("revision", revisions[0].Id.ToString()), new("version", version.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var article = await site.ArticleAsync(id);
        Assert.Equal("<p>The original paragraph.</p>", article.BodyHtml);
        Assert.Equal(3, await site.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == id)));
    }

    [Fact]
    public async Task Autosave_keeps_the_draft_and_one_autosave_revision_and_hands_back_the_new_version()
    {
        using var contributor = await site.SignInAsync(NewsroomRoles.Contributor);
        var id = await site.CreateArticleAsync(contributor, "Autosaved " + Guid.NewGuid());
        foreach (var words in new[] { "first", "second" })
        {
            var current = await site.ArticleAsync(id);
            var fields = await site.ArticleFormAsync("Autosaved draft", $"<p>The {words} autosave.</p>", ("Input.Version", current.Version.ToString()));
            var (response, _) = await contributor.PostAsync($"/admin/articles/{id}", $"/admin/articles/{id}?handler=Autosave", fields);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(current.Version + 1, json.RootElement.GetProperty("version").GetInt32());
        }

        var article = await site.ArticleAsync(id);
        Assert.Equal("<p>The second autosave.</p>", article.BodyHtml);
        Assert.Equal(ArticleStatus.Draft, article.Status);
        var revisions = await site.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == id).Select(r => r.IsAutosave).ToListAsync());
        Assert.Equal([false, true], revisions.Order());

        // A stale autosave (another tab saved meanwhile) is a conflict, not an overwrite.
        var stale = await site.ArticleFormAsync("Stale", "<p>Stale.</p>", ("Input.Version", (article.Version - 1).ToString()));
        var (conflict, _) = await contributor.PostAgainAsync($"/admin/articles/{id}?handler=Autosave", stale);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
    }

    [Fact]
    public async Task Preview_shows_a_draft_as_readers_will_see_it_but_only_to_the_newsroom()
    {
        using var author = await site.SignInAsync(NewsroomRoles.Author);
        var headline = "Preview me " + Guid.NewGuid();
        var id = await site.CreateArticleAsync(author, headline, body: "<p>Unpublished words.</p>");
        var (preview, page) = await author.GetAsync($"/admin/articles/{id}/preview");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(headline, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Unpublished words.", page.QuerySelector(".article-body")!.TextContent);
        Assert.NotNull(page.QuerySelector(".preview-banner"));

        using var reader = new NewsroomSession(site.BaseAddress);
        var (anonymous, _) = await reader.GetAsync($"/admin/articles/{id}/preview");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        using var other = await site.SignInAsync("SecondAuthor");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/admin/articles/{id}/preview")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync((await site.ArticleAsync(id)).Path)).StatusCode);
    }

    [Fact]
    public async Task A_correction_appears_at_the_end_of_the_article_and_moves_updated()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var id = await site.CreateArticleAsync(editor, "Corrected " + Guid.NewGuid(), action: "publish");
        var path = (await site.ArticleAsync(id)).Path;
        var text = "An earlier version gave the wrong river's name. " + Guid.NewGuid();
        var (corrected, _) = await editor.PostAsync($"/admin/articles/{id}", $"/admin/articles/{id}?handler=Correct", [new("correction", text)]);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);

        var page = await Html.ParseAsync(await site.Client.GetStringAsync(path));
        Assert.Contains(text, page.QuerySelector(".corrections")!.TextContent);
        using var data = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var correction = data.RootElement.GetProperty("correction")[0];
        Assert.Equal("CorrectionComment", correction.GetProperty("@type").GetString());
        Assert.Equal(text, correction.GetProperty("text").GetString());
        Assert.Equal(data.RootElement.GetProperty("dateModified").GetString(), correction.GetProperty("datePublished").GetString());
        var article = await site.ArticleAsync(id);
        Assert.Equal(article.Corrections.Single().PublishedAt, article.UpdatedAt);
        using var author = await site.SignInAsync(NewsroomRoles.Author);
        await author.GetAsync("/admin");
        var (forged, _) = await author.PostAgainAsync($"/admin/articles/{id}?handler=Correct", [new("correction", "Forged")]);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    }

    [Fact]
    public async Task The_SEO_title_and_description_are_what_search_engines_and_social_networks_get()
    {
        using var author = await site.SignInAsync(NewsroomRoles.Author);
        var fields = await site.ArticleFormAsync("A long newsroom headline " + Guid.NewGuid(),
            more: [("action", "publish"), ("Input.SeoTitle", "Short SEO title"), ("Input.SeoDescription", "What the search result says.")]);
        var (response, _) = await author.PostAsync("/admin/articles/new", "/admin/articles/new", fields);
        var id = NewsroomSite.IdIn(response);
        var page = await Html.ParseAsync(await site.Client.GetStringAsync((await site.ArticleAsync(id)).Path));
        Assert.StartsWith("Short SEO title - ", page.Title);
        Assert.Equal("What the search result says.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("Short SEO title", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.StartsWith("A long newsroom headline", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task New_tag_names_become_tags()
    {
        using var author = await site.SignInAsync(NewsroomRoles.Author);
        var name = "Tag " + Guid.NewGuid().ToString("N")[..8];
        var fields = await site.ArticleFormAsync("Tagged " + Guid.NewGuid(), more: [("action", "save"), ("Input.Tags", $"{name}, {name.ToUpperInvariant()}")]);
        var (response, _) = await author.PostAsync("/admin/articles/new", "/admin/articles/new", fields);
        var id = NewsroomSite.IdIn(response);
        var tags = (await site.ArticleAsync(id)).Tags;
        Assert.Equal(name, Assert.Single(tags).Name);
    }

    [Fact]
    public async Task An_oversize_body_is_refused_with_a_clear_message_and_the_article_is_unchanged()
    {
        using var author = await site.SignInAsync(NewsroomRoles.Author);
        var id = await site.CreateArticleAsync(author, "Oversize " + Guid.NewGuid());
        var (response, page) = await SaveAsync(author, id, "Oversize", "<p>" + new string('x', ArticleBody.MaxLength + 10) + "</p>");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("2 MB", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("<p>Words of the article.</p>", (await site.ArticleAsync(id)).BodyHtml);
    }
}
