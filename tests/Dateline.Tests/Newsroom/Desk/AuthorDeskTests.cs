using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Newsroom.Desk;

[Collection(NewsroomCollection.Name)]
public sealed class AuthorDeskTests(NewsroomSite site)
{
    private static List<KeyValuePair<string, string>> Profile(string name, string slug, string links) =>
        [new("Input.Name", name), new("Input.Slug", slug), new("Input.JobTitle", "Correspondent"), new("Input.Links", links), new("Input.PhotoId", "")];

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("https://example.org/me\njavascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("example.org/me")]
    public async Task Author_links_refuse_anything_but_web_addresses(string links)
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var slug = "refused-" + Guid.NewGuid().ToString("N")[..8];
        var (response, page) = await editor.PostAsync("/admin/desk/authors/new", "/admin/desk/authors/new", Profile("Refused Links", slug, links));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("#input-links", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#input-links-error"));
        Assert.Equal(links, page.QuerySelector("textarea#input-links")!.TextContent.Replace("\r\n", "\n").Trim('\n'));
        Assert.False(await site.WithDbAsync(db => db.Authors.AnyAsync(a => a.Slug == slug)));
    }

    [Fact]
    public async Task A_profile_shows_its_links_to_readers_and_a_new_slug_leaves_a_301()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var slug = "mina-" + Guid.NewGuid().ToString("N")[..8];
        var (created, _) = await editor.PostAsync("/admin/desk/authors/new", "/admin/desk/authors/new",
            Profile("Mina Rahimi", slug, "https://example.org/mina\r\n\r\nhttp://social.example/@mina"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var profile = await site.Client.GetPageAsync("/author/" + slug);
        var links = profile.QuerySelectorAll(".author-profile a[rel='me noopener']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["https://example.org/mina", "http://social.example/@mina"], links);

        var id = await site.WithDbAsync(db => db.Authors.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync());
        var renamed = slug + "-r";
        var (saved, _) = await editor.PostAsync($"/admin/desk/authors/{id}", $"/admin/desk/authors/{id}", Profile("Mina Rahimi", renamed, ""));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var old = await site.Client.GetAsync("/author/" + slug);
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/author/" + renamed, old.Headers.Location!.OriginalString);
    }
}
