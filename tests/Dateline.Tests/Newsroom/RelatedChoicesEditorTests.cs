using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Newsroom;

/// <summary>The editor's "Related stories" fieldset: pins and exclusions saved with the article, refused when they make no sense.</summary>
[Collection(NewsroomCollection.Name)]
public sealed class RelatedChoicesEditorTests(NewsroomSite site)
{
    private async Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Page)> SaveAsync(
        NewsroomSession session, int id, string action, string pinned, string excluded)
    {
        var current = await site.ArticleAsync(id);
        var fields = await site.ArticleFormAsync(current.Headline, current.BodyHtml,
            ("action", action), ("Input.Version", current.Version.ToString()), ("Input.RelatedPinned", pinned), ("Input.RelatedExcluded", excluded));
        return await session.PostAsync($"/admin/articles/{id}", $"/admin/articles/{id}", fields);
    }

    private Task<List<(int Id, string Path)>> DemoArticlesAsync() => site.WithDbAsync(async db =>
        (await db.Articles.AsNoTracking().Where(a => a.Slug.StartsWith("caravan-cup")).OrderBy(a => a.Id).ToListAsync())
            .Select(a => (a.Id, a.Path)).ToList());

    [Fact]
    public async Task Pins_and_exclusions_given_by_address_or_number_are_saved_and_shown_in_the_list_within_moments()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var id = await site.CreateArticleAsync(editor, "Herat Caravaneers plan stadium " + Guid.NewGuid().ToString("N")[..6], action: "publish",
            body: "<p>The Herat Caravaneers, champions of the Caravan Cup, plan a cricket stadium in Herat.</p>");
        var demo = await DemoArticlesAsync();
        var (pinnedFirst, pinnedSecond, excluded) = (demo[0], demo[1], demo[2]);

        var (response, _) = await SaveAsync(editor, id, "save", $"{site.BaseAddress.ToString().TrimEnd('/')}{pinnedFirst.Path}\n{pinnedSecond.Id}", excluded.Path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var choices = await site.WithDbAsync(db => db.RelatedChoices.AsNoTracking().Where(c => c.ArticleId == id).OrderBy(c => c.Pinned).ThenBy(c => c.Position).ToListAsync());
        Assert.Equal([(excluded.Id, false), (pinnedFirst.Id, true), (pinnedSecond.Id, true)], choices.Select(c => (c.OtherId, c.Pinned)));

        // The save woke the worker: the list follows without anyone draining the queue by hand.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        List<int> list = [];
        while (DateTime.UtcNow < deadline)
        {
            list = await site.WithDbAsync(db => db.RelatedArticles.Where(r => r.ArticleId == id).OrderBy(r => r.Rank).Select(r => r.RelatedId).ToListAsync());
            if (list.Take(2).SequenceEqual([pinnedFirst.Id, pinnedSecond.Id]))
            {
                break;
            }

            await Task.Delay(100);
        }

        Assert.Equal([pinnedFirst.Id, pinnedSecond.Id], list.Take(2));
        Assert.DoesNotContain(excluded.Id, list);

        var (_, page) = await editor.GetAsync($"/admin/articles/{id}");
        Assert.Equal($"{pinnedFirst.Path}\n{pinnedSecond.Path}", page.QuerySelector("textarea#input-relatedpinned")!.TextContent.Trim().ReplaceLineEndings("\n"));
        Assert.Equal(excluded.Path, page.QuerySelector("textarea#input-relatedexcluded")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("unknown", "No article was found")]
    [InlineData("itself", "cannot be related to itself")]
    [InlineData("both", "both pinned and excluded")]
    public async Task Unknown_articles_and_the_article_itself_are_refused_with_everything_typed_kept(string mistake, string message)
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var id = await site.CreateArticleAsync(editor, "Related mistake " + Guid.NewGuid().ToString("N")[..6]);
        var other = (await DemoArticlesAsync())[0];
        var pinned = mistake switch
        {
            "unknown" => "/2020/01/01/no-such-article-anywhere",
            "itself" => id.ToString(),
            _ => other.Id.ToString(),
        };

        var (response, page) = await SaveAsync(editor, id, "save", pinned, mistake == "both" ? other.Path : "");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(pinned, page.QuerySelector("textarea#input-relatedpinned")!.TextContent.Trim());
        Assert.Empty(await site.WithDbAsync(db => db.RelatedChoices.Where(c => c.ArticleId == id).ToListAsync()));
    }
}
