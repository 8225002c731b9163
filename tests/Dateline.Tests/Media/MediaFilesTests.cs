namespace Dateline.Tests.Media;

[Collection(DemoSiteCollection.Name)]
public sealed class MediaFilesTests(AppFixture site)
{
    [Fact]
    public async Task Images_are_served_with_their_type_and_a_week_of_caching()
    {
        var home = await site.Client.GetPageAsync("/");
        var src = home.QuerySelector("img[src^='/media/']")!.GetAttribute("src")!;
        using var response = await site.Client.GetAsync(src);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=604800", response.Headers.CacheControl!.ToString());
    }

    [Theory]
    [InlineData("planted.html", "<script>alert(1)</script>")]
    [InlineData("planted.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("planted.txt", "hello")]
    public async Task Files_that_are_not_raster_images_are_never_served_from_media(string name, string content)
    {
        var media = Directory.CreateDirectory(Path.Combine(site.Database.DataDirectory, "media"));
        await File.WriteAllTextAsync(Path.Combine(media.FullName, name), content);

        using var response = await site.Client.GetAsync("/media/" + name);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("alert(1)", await response.Content.ReadAsStringAsync());
    }
}
