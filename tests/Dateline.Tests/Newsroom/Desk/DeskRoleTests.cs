using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Newsroom.Desk;

/// <summary>The desk is for Editors and Administrators: everyone else is refused on every page and every forged post.</summary>
[Collection(NewsroomCollection.Name)]
public sealed class DeskRoleTests(NewsroomSite site)
{
    public static TheoryData<string, string> Pages()
    {
        string[] paths =
        [
            "/admin/desk", "/admin/desk/sections", "/admin/desk/sections/new", "/admin/desk/tags", "/admin/desk/authors",
            "/admin/desk/authors/new", "/admin/desk/stories", "/admin/desk/stories/new", "/admin/desk/pages", "/admin/desk/pages/new",
            "/admin/desk/menu", "/admin/desk/breaking",
        ];
        var data = new TheoryData<string, string>();
        foreach (var role in new[] { NewsroomRoles.Contributor, NewsroomRoles.Author })
        {
            foreach (var path in paths)
            {
                data.Add(role, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Contributors_and_authors_are_refused_every_desk_page(string role, string path)
    {
        using var session = await site.SignInAsync(role);
        var (response, _) = await session.GetAsync(path);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(NewsroomRoles.Contributor)]
    [InlineData(NewsroomRoles.Author)]
    public async Task Contributors_and_authors_are_refused_a_forged_desk_post(string role)
    {
        using var session = await site.SignInAsync(role);
        await session.GetAsync("/admin");
        var slug = "forged-" + Guid.NewGuid().ToString("N")[..8];
        var forged = new (string Action, KeyValuePair<string, string>[] Fields)[]
        {
            ("/admin/desk/sections/new", [new("Input.Name", slug)]),
            ("/admin/desk/authors/new", [new("Input.Name", slug)]),
            ("/admin/desk/stories/new", [new("Input.Title", slug)]),
            ("/admin/desk/pages/new", [new("Input.Title", slug)]),
            ("/admin/desk/menu", [new("Input.Label", slug), new("Input.Url", "/")]),
            ("/admin/desk/breaking", [new("Input.Text", slug)]),
            ("/admin/desk/menu?handler=Delete", [new("id", "1")]),
        };
        foreach (var (action, fields) in forged)
        {
            var (response, _) = await session.PostAgainAsync(action, fields);
            Assert.True(HttpStatusCode.Forbidden == response.StatusCode, $"{action}: {(int)response.StatusCode}");
        }

        Assert.False(await site.WithDbAsync(db => db.Sections.AnyAsync(s => s.Name == slug)));
        Assert.False(await site.WithDbAsync(db => db.BreakingNews.AnyAsync(b => b.Text == slug)));
    }

    [Theory]
    [InlineData(NewsroomRoles.Editor, "/admin/desk")]
    [InlineData(NewsroomRoles.Editor, "/admin/desk/tags")]
    [InlineData(NewsroomRoles.Administrator, "/admin/desk/sections")]
    [InlineData(NewsroomRoles.Administrator, "/admin/settings")]
    public async Task Editors_and_administrators_open_the_desk(string role, string path)
    {
        using var session = await site.SignInAsync(role);
        var (response, page) = await session.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task A_desk_post_without_the_antiforgery_token_is_refused()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var response = await editor.RawPostAsync("/admin/desk/breaking", new FormUrlEncodedContent([new("Input.Text", "No token")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
