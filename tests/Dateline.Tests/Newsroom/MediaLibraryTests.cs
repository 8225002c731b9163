using Dateline.Newsroom;
using Dateline.Tests.Media;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Newsroom;

[Collection(NewsroomCollection.Name)]
public sealed class MediaLibraryTests(NewsroomSite site)
{
    private static async Task<int> UploadAsync(NewsroomSession session, byte[] picture, string alt, string name = "harbour.jpg")
    {
        await session.GetAsync("/admin/media");
        var (response, page) = await session.PostFileAsync("/admin/media", "upload", name, picture, [new("Input.AltText", alt), new("Input.Caption", "A caption"), new("Input.Credit", "Desk")]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, page.QuerySelector(".error-summary")?.TextContent);
        return NewsroomSite.IdIn(response);
    }

    [Fact]
    public async Task An_uploaded_picture_with_alt_text_becomes_the_featured_image_with_srcset()
    {
        using var author = await site.SignInAsync(NewsroomRoles.Author);
        var id = await UploadAsync(author, TestPictures.Jpeg(1400, 800), "Fishing boats in the harbour at dawn");
        var item = await site.WithDbAsync(db => db.Media.SingleAsync(m => m.Id == id));
        Assert.Equal("320 640 960 1280", item.RenditionWidths);
        Assert.Equal(await site.UserIdAsync(NewsroomRoles.Author), item.UploadedById);

        var fields = await site.ArticleFormAsync("Harbour at dawn " + Guid.NewGuid(), more: [("action", "publish"), ("Input.FeaturedImageId", id.ToString())]);
        var (created, _) = await author.PostAsync("/admin/articles/new", "/admin/articles/new", fields);
        var articleId = NewsroomSite.IdIn(created);
        var page = await Html.ParseAsync(await site.Client.GetStringAsync((await site.ArticleAsync(articleId)).Path));
        var img = page.QuerySelector(".lead-image picture img")!;
        Assert.Equal("Fishing boats in the harbour at dawn", img.GetAttribute("alt"));
        Assert.Contains("-640.jpg 640w", img.GetAttribute("srcset"));
        Assert.NotNull(page.QuerySelector(".lead-image picture source[type='image/webp']"));

        var (edit, editPage) = await author.GetAsync($"/admin/media/{id}");
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Contains("Harbour at dawn", editPage.QuerySelector("[aria-labelledby=uses-title]")!.TextContent);
        var (delete, _) = await author.PostAgainAsync($"/admin/media/{id}?handler=Delete", []);
        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
    }

    [Fact]
    public async Task A_picture_without_alt_text_cannot_be_used_until_it_has_some()
    {
        using var author = await site.SignInAsync(NewsroomRoles.Author);
        var id = await UploadAsync(author, TestPictures.Png(800, 600), "", "no-alt.png");
        var fields = await site.ArticleFormAsync("No alt " + Guid.NewGuid(), more: [("action", "save"), ("Input.FeaturedImageId", id.ToString())]);
        var (refused, page) = await author.PostAsync("/admin/articles/new", "/admin/articles/new", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("alt text", page.QuerySelector(".error-summary")!.TextContent);

        var (saved, _) = await author.PostAsync($"/admin/media/{id}", $"/admin/media/{id}", [new("Input.AltText", "A grey test card")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (accepted, _) = await author.PostAsync("/admin/articles/new", "/admin/articles/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Theory]
    [InlineData("script.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("page.jpg", "<!doctype html><html><body>not a picture</body></html>")]
    public async Task Hostile_files_are_refused_with_a_clear_message_and_nothing_is_stored(string name, string content)
    {
        using var author = await site.SignInAsync(NewsroomRoles.Author);
        var before = await site.WithDbAsync(db => db.Media.CountAsync());
        await author.GetAsync("/admin/media");
        var (response, page) = await author.PostFileAsync("/admin/media", "upload", name, System.Text.Encoding.UTF8.GetBytes(content), [new("Input.AltText", "Hostile")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("not a JPEG, PNG, WebP or GIF", page.QuerySelector("#upload-error")!.TextContent);
        Assert.Equal("Hostile", page.QuerySelector("#input-alttext")!.GetAttribute("value"));
        Assert.Equal(before, await site.WithDbAsync(db => db.Media.CountAsync()));
    }

    [Fact]
    public async Task Contributors_cannot_upload_and_authors_cannot_edit_others_pictures()
    {
        using var contributor = await site.SignInAsync(NewsroomRoles.Contributor);
        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.GetAsync("/admin/media")).Response.StatusCode);
        await contributor.GetAsync("/admin");
        var (forged, _) = await contributor.PostFileAsync("/admin/media", "upload", "x.jpg", TestPictures.Jpeg(), [new("Input.AltText", "Forged")]);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);

        using var author = await site.SignInAsync(NewsroomRoles.Author);
        var id = await UploadAsync(author, TestPictures.Jpeg(400, 300), "Author's own picture");
        using var other = await site.SignInAsync("SecondAuthor");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/admin/media/{id}")).Response.StatusCode);
        using var editor = await site.SignInAsync(NewsroomRoles.Editor);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/admin/media/{id}")).Response.StatusCode);
    }

    [Fact]
    public async Task The_library_finds_pictures_by_their_words()
    {
        using var author = await site.SignInAsync(NewsroomRoles.Author);
        var word = "Zebrafish" + Guid.NewGuid().ToString("N")[..6];
        var id = await UploadAsync(author, TestPictures.Jpeg(400, 300), word + " in a tank");
        var (_, page) = await author.GetAsync("/admin/media?q=" + word.ToLowerInvariant());
        var links = page.QuerySelectorAll(".media-grid a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/admin/media/{id}"], links);
    }
}
