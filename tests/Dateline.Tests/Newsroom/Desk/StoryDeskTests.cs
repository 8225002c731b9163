using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Newsroom.Desk;

[Collection(NewsroomCollection.Name)]
public sealed class StoryDeskTests(NewsroomSite site)
{
    [Fact]
    public async Task Articles_found_by_headline_are_attached_to_a_story_and_detached_again()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var slug = "election-" + Guid.NewGuid().ToString("N")[..8];
        var (created, _) = await editor.PostAsync("/admin/desk/stories/new", "/admin/desk/stories/new",
            [new("Input.Title", "The election"), new("Input.Slug", slug), new("Input.Summary", "Counting the votes.")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var storyId = await site.WithDbAsync(db => db.Stories.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync());
        var headline = "Ballots counted in Kunar " + Guid.NewGuid().ToString("N")[..6];
        var articleId = await site.CreateArticleAsync(editor, headline, action: "publish");

        var (search, page) = await editor.GetAsync($"/admin/desk/stories/{storyId}?q=" + Uri.EscapeDataString(headline.ToUpperInvariant()));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        var found = page.QuerySelectorAll("form[action$='handler=Attach'] input[name=articleId]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal([articleId.ToString()], found);

        var (attached, _) = await editor.PostAgainAsync($"/admin/desk/stories/{storyId}?handler=Attach", [new("articleId", articleId.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, attached.StatusCode);
        Assert.Contains(headline, (await site.Client.GetPageAsync("/story/" + slug)).Body!.TextContent);

        var (detached, _) = await editor.PostAsync($"/admin/desk/stories/{storyId}", $"/admin/desk/stories/{storyId}?handler=Detach", [new("articleId", articleId.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, detached.StatusCode);
        Assert.Null((await site.ArticleAsync(articleId)).StoryId);
    }

    [Fact]
    public async Task A_new_story_slug_leaves_a_301_and_a_taken_one_is_refused()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var (first, second) = ("story-a-" + Guid.NewGuid().ToString("N")[..8], "story-b-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var slug in new[] { first, second })
        {
            await editor.PostAsync("/admin/desk/stories/new", "/admin/desk/stories/new", [new("Input.Title", "Story " + slug), new("Input.Slug", slug)]);
        }

        var id = await site.WithDbAsync(db => db.Stories.Where(s => s.Slug == first).Select(s => s.Id).SingleAsync());
        var (taken, page) = await editor.PostAsync($"/admin/desk/stories/{id}", $"/admin/desk/stories/{id}", [new("Input.Title", "Kept title"), new("Input.Slug", second)]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.StatusCode);
        Assert.Equal("Kept title", page.QuerySelector("#input-title")!.GetAttribute("value"));

        var (moved, _) = await editor.PostAsync($"/admin/desk/stories/{id}", $"/admin/desk/stories/{id}", [new("Input.Title", "Moved"), new("Input.Slug", first + "-moved")]);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        using var old = await site.Client.GetAsync("/story/" + first);
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/story/" + first + "-moved", old.Headers.Location!.OriginalString);
    }
}
