using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Newsroom.Desk;

[Collection(NewsroomCollection.Name)]
public sealed class StaticPageDeskTests(NewsroomSite site)
{
    private static List<KeyValuePair<string, string>> Form(string title, string slug, string body = "<p>Who we are.</p>") =>
        [new("Input.Title", title), new("Input.Slug", slug), new("Input.BodyHtml", body), new("Input.IsPublished", "true"), new("Input.Position", "5")];

    [Theory]
    [InlineData("admin")]
    [InlineData("Category")]
    [InlineData("wp-json")]
    [InlineData("feed")]
    [InlineData("2026")]
    [InlineData("healthz")]
    public async Task A_page_slug_that_the_site_already_answers_is_refused(string slug)
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var (response, page) = await editor.PostAsync("/admin/desk/pages/new", "/admin/desk/pages/new", Form("Shadowing " + slug, slug));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("#input-slug", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Contains("another part of the site", page.QuerySelector("#input-slug-error")!.TextContent);
        Assert.Equal("Shadowing " + slug, page.QuerySelector("#input-title")!.GetAttribute("value"));
        Assert.False(await site.WithDbAsync(db => db.StaticPages.AnyAsync(p => p.Title == "Shadowing " + slug)));
    }

    [Fact]
    public async Task A_page_is_served_at_its_slug_with_a_cleaned_body_and_hidden_when_unpublished()
    {
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        var slug = "ethics-" + Guid.NewGuid().ToString("N")[..8];
        var (created, _) = await editor.PostAsync("/admin/desk/pages/new", "/admin/desk/pages/new",
            Form("Our ethics", slug, "<h2>Rules</h2><p onclick=\"steal()\">We correct errors.</p><script>alert(1)</script>"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var stored = await site.WithDbAsync(db => db.StaticPages.AsNoTracking().SingleAsync(p => p.Slug == slug));
        Assert.Equal("<h2>Rules</h2><p>We correct errors.</p>", stored.BodyHtml);
        var reader = await site.Client.GetPageAsync("/" + slug);
        Assert.Contains("We correct errors.", reader.QuerySelector("main")!.TextContent);

        var (hidden, _) = await editor.PostAsync($"/admin/desk/pages/{stored.Id}", $"/admin/desk/pages/{stored.Id}",
            [new("Input.Title", "Our ethics"), new("Input.Slug", slug), new("Input.BodyHtml", stored.BodyHtml), new("Input.Position", "5")]);
        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync("/" + slug)).StatusCode);
    }
}
