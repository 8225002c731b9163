using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Newsroom.Desk;

[Collection(NewsroomCollection.Name)]
public sealed class SectionDeskTests(NewsroomSite site)
{
    private static string Unique(string stem) => stem + "-" + Guid.NewGuid().ToString("N")[..8];

    private async Task<int> CreateAsync(NewsroomSession session, string slug, int? parentId = null)
    {
        var (response, _) = await session.PostAsync("/admin/desk/sections/new", "/admin/desk/sections/new",
            [new("Input.Name", "Section " + slug), new("Input.Slug", slug), new("Input.ParentId", parentId?.ToString() ?? "")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await site.WithDbAsync(db => db.Sections.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync());
    }

    private Task<string> PathAsync(int id) => site.WithDbAsync(db => db.Sections.Where(s => s.Id == id).Select(s => s.Path).SingleAsync());

    private Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Page)> EditAsync(NewsroomSession session, int id, string slug, int? parentId) =>
        session.PostAsync($"/admin/desk/sections/{id}", $"/admin/desk/sections/{id}",
            [new("Input.Name", "Section " + slug), new("Input.Slug", slug), new("Input.ParentId", parentId?.ToString() ?? "")]);

    [Fact]
    public async Task A_new_section_without_a_slug_gets_one_from_its_name_under_its_parent()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var parent = await CreateAsync(editor, Unique("region"));
        var name = "Kunar Valley " + Guid.NewGuid().ToString("N")[..6];
        var (response, _) = await editor.PostAsync("/admin/desk/sections/new", "/admin/desk/sections/new",
            [new("Input.Name", name), new("Input.ParentId", parent.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var path = await site.WithDbAsync(db => db.Sections.Where(s => s.Name == name).Select(s => s.Path).SingleAsync());
        Assert.Equal(await PathAsync(parent) + "/" + name.ToLowerInvariant().Replace(' ', '-'), path);
        Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync("/category/" + path)).StatusCode);
        var (tree, page) = await editor.GetAsync("/admin/desk/sections");
        Assert.Contains(page.QuerySelectorAll("li li a"), a => a.TextContent == name);
    }

    [Fact]
    public async Task Moving_a_section_moves_its_children_and_leaves_301s()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var (from, to) = (await CreateAsync(editor, Unique("from")), await CreateAsync(editor, Unique("to")));
        var moving = await CreateAsync(editor, Unique("moving"), from);
        var child = await CreateAsync(editor, Unique("child"), moving);
        var grandchild = await CreateAsync(editor, Unique("grandchild"), child);
        var oldPaths = new[] { await PathAsync(moving), await PathAsync(child), await PathAsync(grandchild) };

        var renamed = Unique("moved");
        var (saved, _) = await EditAsync(editor, moving, renamed, to);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var toPath = await PathAsync(to);
        var newPaths = new[] { await PathAsync(moving), await PathAsync(child), await PathAsync(grandchild) };
        Assert.Equal(toPath + "/" + renamed, newPaths[0]);
        Assert.Equal(newPaths[0] + "/" + oldPaths[1].Split('/')[^1], newPaths[1]);
        Assert.Equal(newPaths[1] + "/" + oldPaths[2].Split('/')[^1], newPaths[2]);
        foreach (var (old, now) in oldPaths.Zip(newPaths))
        {
            using var response = await site.Client.GetAsync("/category/" + old);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal("/category/" + now, response.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync("/category/" + now)).StatusCode);
        }

        // Moving it back leaves no loop: the first addresses answer again, and the second ones lead back to them.
        var (back, _) = await EditAsync(editor, moving, oldPaths[0].Split('/')[^1], from);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync("/category/" + oldPaths[2])).StatusCode);
        using var again = await site.Client.GetAsync("/category/" + newPaths[2]);
        Assert.Equal("/category/" + oldPaths[2], again.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task No_section_may_take_feed_as_its_slug_since_that_address_is_its_parents_feed()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var parent = await CreateAsync(editor, Unique("with-feed"));
        var (response, page) = await editor.PostAsync("/admin/desk/sections/new", "/admin/desk/sections/new",
            [new("Input.Name", "Feed"), new("Input.Slug", "feed"), new("Input.ParentId", parent.ToString())]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#input-slug-error"));
        Assert.False(await site.WithDbAsync(db => db.Sections.AnyAsync(s => s.ParentId == parent)));
    }

    [Fact]
    public async Task A_section_cannot_move_under_its_own_descendant()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var top = Unique("top");
        var parent = await CreateAsync(editor, top);
        var grandchild = await CreateAsync(editor, Unique("grandchild"), await CreateAsync(editor, Unique("child"), parent));

        var (response, page) = await EditAsync(editor, parent, top, grandchild);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("#input-parentid", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Contains("own sub-sections", page.QuerySelector("#input-parentid-error")!.TextContent);
        Assert.Equal(top, await PathAsync(parent));

        var (self, _) = await EditAsync(editor, parent, top, parent);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, self.StatusCode);
    }

    [Fact]
    public async Task Sibling_slugs_are_unique()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var parent = await CreateAsync(editor, Unique("parent"));
        var slug = Unique("twin");
        await CreateAsync(editor, slug, parent);
        var (response, page) = await editor.PostAsync("/admin/desk/sections/new", "/admin/desk/sections/new",
            [new("Input.Name", "Second twin"), new("Input.Slug", slug), new("Input.ParentId", parent.ToString())]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("already has a sub-section", page.QuerySelector("#input-slug-error")!.TextContent);
        Assert.Equal("Second twin", page.QuerySelector("#input-name")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_section_with_articles_is_not_deleted_and_says_how_many_use_it()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var used = await site.WithDbAsync(db => db.Articles.OrderBy(a => a.Id).Select(a => a.PrimarySectionId).FirstAsync());
        var count = await site.WithDbAsync(db => db.Articles.CountAsync(a => a.PrimarySectionId == used || a.Sections.Any(s => s.Id == used)));
        var (refused, page) = await editor.PostAsync($"/admin/desk/sections/{used}", $"/admin/desk/sections/{used}?handler=Delete", []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains($"{count} article", page.QuerySelector("#delete-error")!.TextContent);

        var empty = await CreateAsync(editor, Unique("empty"));
        var (deleted, _) = await editor.PostAsync($"/admin/desk/sections/{empty}", $"/admin/desk/sections/{empty}?handler=Delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await site.WithDbAsync(db => db.Sections.AnyAsync(s => s.Id == empty)));
    }
}
