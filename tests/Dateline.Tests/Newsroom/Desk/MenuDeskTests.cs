using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Newsroom.Desk;

[Collection(NewsroomCollection.Name)]
public sealed class MenuDeskTests(NewsroomSite site)
{
    private Task<List<string>> LabelsAsync() => site.WithDbAsync(db => db.MenuItems.OrderBy(m => m.Position).ThenBy(m => m.Id).Select(m => m.Label).ToListAsync());

    private Task<int> IdOfAsync(string label) => site.WithDbAsync(db => db.MenuItems.Where(m => m.Label == label).Select(m => m.Id).SingleAsync());

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("//evil.example/")]
    public async Task A_menu_item_refuses_an_unsafe_address_when_added_or_edited(string url)
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var label = "Unsafe " + Guid.NewGuid().ToString("N")[..6];
        var (added, page) = await editor.PostAsync("/admin/desk/menu", "/admin/desk/menu", [new("Input.Label", label), new("Input.Url", url)]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, added.StatusCode);
        Assert.Equal("#input-url", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal(url, page.QuerySelector("#input-url")!.GetAttribute("value"));
        Assert.DoesNotContain(label, await LabelsAsync());

        var (safe, _) = await editor.PostAsync("/admin/desk/menu", "/admin/desk/menu", [new("Input.Label", label), new("Input.Url", "/about")]);
        Assert.Equal(HttpStatusCode.Redirect, safe.StatusCode);
        var id = await IdOfAsync(label);
        var (edited, _) = await editor.PostAsync($"/admin/desk/menu/{id}", $"/admin/desk/menu/{id}", [new("Input.Label", label), new("Input.Url", url)]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, edited.StatusCode);
        Assert.Equal("/about", await site.WithDbAsync(db => db.MenuItems.Where(m => m.Id == id).Select(m => m.Url).SingleAsync()));
        await editor.PostAsync("/admin/desk/menu", "/admin/desk/menu?handler=Delete", [new("id", id.ToString())]);
    }

    [Fact]
    public async Task Menu_items_are_added_at_the_end_moved_and_shown_to_readers_in_order()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var (first, second) = ("First " + Guid.NewGuid().ToString("N")[..6], "Second " + Guid.NewGuid().ToString("N")[..6]);
        foreach (var label in new[] { first, second })
        {
            var (added, _) = await editor.PostAsync("/admin/desk/menu", "/admin/desk/menu", [new("Input.Label", label), new("Input.Url", "https://example.org/" + label.Split(' ')[1])]);
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        Assert.Equal([first, second], (await LabelsAsync())[^2..]);
        var (moved, _) = await editor.PostAsync("/admin/desk/menu", "/admin/desk/menu?handler=Up", [new("id", (await IdOfAsync(second)).ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal([second, first], (await LabelsAsync())[^2..]);

        var home = await site.Client.GetPageAsync("/");
        var shown = home.QuerySelectorAll(".site-nav a").Select(a => a.TextContent).ToList();
        Assert.True(shown.IndexOf(second) >= 0 && shown.IndexOf(second) < shown.IndexOf(first));

        foreach (var label in new[] { first, second })
        {
            var (deleted, _) = await editor.PostAsync("/admin/desk/menu", "/admin/desk/menu?handler=Delete", [new("id", (await IdOfAsync(label)).ToString())]);
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        Assert.DoesNotContain(first, await LabelsAsync());
    }
}
