using Dateline.Newsroom;
using Dateline.Tags;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Newsroom.Desk;

[Collection(NewsroomCollection.Name)]
public sealed class TagDeskTests(NewsroomSite site)
{
    private async Task<Tag> TagOnAsync(string name, params int[] articleIds) => await site.WithDbAsync(async db =>
    {
        var tag = new Tag { Name = name, Slug = Dateline.Site.Slug.From(name) };
        foreach (var article in await db.Articles.Where(a => articleIds.Contains(a.Id)).ToListAsync())
        {
            article.Tags.Add(tag);
        }

        db.Tags.Add(tag);
        await db.SaveChangesAsync();
        return tag;
    });

    private Task<List<string>> TagsOfAsync(int articleId) =>
        site.WithDbAsync(db => db.Articles.Where(a => a.Id == articleId).SelectMany(a => a.Tags).Select(t => t.Slug).OrderBy(s => s).ToListAsync());

    [Fact]
    public async Task Merging_a_tag_moves_its_articles_and_leaves_a_301()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var first = await site.CreateArticleAsync(editor, "Merge one " + Guid.NewGuid(), action: "publish");
        var second = await site.CreateArticleAsync(editor, "Merge two " + Guid.NewGuid(), action: "publish");
        var stem = Guid.NewGuid().ToString("N")[..6];
        var from = await TagOnAsync("Kabul floods " + stem, first, second);
        var into = await TagOnAsync("Flooding " + stem, second);

        var (merged, _) = await editor.PostAsync($"/admin/desk/tags/{from.Id}", $"/admin/desk/tags/{from.Id}?handler=Merge", [new("into", into.Name)]);

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal([into.Slug], await TagsOfAsync(first));
        Assert.Equal([into.Slug], await TagsOfAsync(second));
        Assert.False(await site.WithDbAsync(db => db.Tags.AnyAsync(t => t.Id == from.Id)));
        using var old = await site.Client.GetAsync(from.Url);
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal(into.Url, old.Headers.Location!.OriginalString);
        var (list, page) = await editor.GetAsync("/admin/desk/tags?q=" + Uri.EscapeDataString("FLOODING " + stem));
        Assert.Equal("2", page.QuerySelector("table.listing tbody tr td:last-child")!.TextContent);
    }

    [Fact]
    public async Task A_tag_cannot_be_merged_into_itself_or_a_tag_that_does_not_exist()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var tag = await TagOnAsync("Lonely " + Guid.NewGuid().ToString("N")[..6]);
        foreach (var into in new[] { tag.Name, "no such tag " + Guid.NewGuid() })
        {
            var (response, page) = await editor.PostAsync($"/admin/desk/tags/{tag.Id}", $"/admin/desk/tags/{tag.Id}?handler=Merge", [new("into", into)]);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.NotNull(page.QuerySelector("#into-error"));
            Assert.Equal(into, page.QuerySelector("#into")!.GetAttribute("value"));
        }
    }

    [Fact]
    public async Task Renaming_a_tags_slug_leaves_a_301_and_a_taken_slug_is_refused()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var id = await site.CreateArticleAsync(editor, "Renamed tag " + Guid.NewGuid(), action: "publish");
        var tag = await TagOnAsync("Old name " + Guid.NewGuid().ToString("N")[..6], id);
        var other = await TagOnAsync("Other " + Guid.NewGuid().ToString("N")[..6]);
        var slug = "new-name-" + Guid.NewGuid().ToString("N")[..6];

        var (taken, page) = await editor.PostAsync($"/admin/desk/tags/{tag.Id}", $"/admin/desk/tags/{tag.Id}", [new("Input.Name", "New name"), new("Input.Slug", other.Slug)]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.StatusCode);
        Assert.Contains("merge", page.QuerySelector("#input-slug-error")!.TextContent);

        var (renamed, _) = await editor.PostAsync($"/admin/desk/tags/{tag.Id}", $"/admin/desk/tags/{tag.Id}", [new("Input.Name", "New name"), new("Input.Slug", slug)]);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        using var old = await site.Client.GetAsync(tag.Url);
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/tag/" + slug, old.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync("/tag/" + slug)).StatusCode);
    }

    [Fact]
    public async Task Deleting_a_tag_takes_it_off_its_articles()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var id = await site.CreateArticleAsync(editor, "Deleted tag " + Guid.NewGuid());
        var tag = await TagOnAsync("Doomed " + Guid.NewGuid().ToString("N")[..6], id);
        var (deleted, _) = await editor.PostAsync($"/admin/desk/tags/{tag.Id}", $"/admin/desk/tags/{tag.Id}?handler=Delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Empty(await TagsOfAsync(id));
    }
}
