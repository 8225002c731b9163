using AngleSharp.Dom;
using Dateline.Authors;
using Dateline.Media;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Media;

[Collection(DemoSiteCollection.Name)]
public sealed class PicturePageTests(AppFixture site)
{
    [Fact]
    public async Task Article_lead_image_is_a_picture_with_webp_and_jpeg_renditions()
    {
        var article = await site.WithDbAsync(db => db.Articles.AsNoTracking().Include(a => a.FeaturedImage)
            .Where(a => a.FeaturedImage != null && a.FeaturedImage.RenditionWidths != "").OrderByDescending(a => a.PublishedAt).FirstAsync());
        var image = article.FeaturedImage!;
        var page = await site.Client.GetPageAsync(article.Path);

        var picture = page.QuerySelector(".lead-image picture")!;
        var source = picture.QuerySelector("source[type='image/webp']")!;
        var img = picture.QuerySelector("img")!;
        Assert.Equal(image.Url, img.GetAttribute("src"));
        Assert.Equal(image.Width.ToString(), img.GetAttribute("width"));
        Assert.Equal(image.Height.ToString(), img.GetAttribute("height"));
        Assert.Equal(image.AltText, img.GetAttribute("alt"));
        Assert.False(string.IsNullOrEmpty(source.GetAttribute("sizes")));
        Assert.Equal(source.GetAttribute("sizes"), img.GetAttribute("sizes"));
        Assert.Equal("high", img.GetAttribute("fetchpriority"));

        var widths = image.RenditionWidths.Split(' ');
        Assert.Equal(widths.Select(w => $"{Stem(image.FilePath)}-{w}.webp {w}w"), SrcSet(source));
        Assert.Equal(widths.Select(w => $"{Stem(image.FilePath)}-{w}.jpg {w}w").Append($"{image.Url} {image.Width}w"), SrcSet(img));
        foreach (var url in SrcSet(source).Concat(SrcSet(img)).Select(candidate => candidate.Split(' ')[0]))
        {
            using var response = await site.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/category/world")]
    public async Task Cards_show_lazy_pictures_with_srcset_and_sizes(string path)
    {
        var page = await site.Client.GetPageAsync(path);

        var cards = page.QuerySelectorAll(".card picture").ToList();
        Assert.NotEmpty(cards);
        Assert.All(cards, picture =>
        {
            Assert.NotNull(picture.QuerySelector("source[type='image/webp'][srcset][sizes]"));
            Assert.NotNull(picture.QuerySelector("img[srcset][sizes][width][height][alt][loading=lazy]"));
        });
    }

    [Fact]
    public async Task Picture_stored_before_renditions_existed_is_a_plain_img()
    {
        var slug = "archive-" + Guid.NewGuid().ToString("N")[..8];
        await site.WithDbAsync(db =>
        {
            db.Authors.Add(new Author
            {
                Slug = slug,
                Name = "Archive Photographer",
                Photo = new MediaItem { FilePath = $"authors/{slug}.jpg", ContentType = "image/jpeg", Width = 400, Height = 400, AltText = "Portrait", RenditionWidths = "" },
            });
            return db.SaveChangesAsync();
        });

        var page = await site.Client.GetPageAsync("/author/" + slug);

        Assert.Null(page.QuerySelector(".author-profile picture"));
        var img = page.QuerySelector(".author-profile img.author-photo")!;
        Assert.Equal(($"/media/authors/{slug}.jpg", "400", "400", "Portrait"), (img.GetAttribute("src"), img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("alt")));
        Assert.Null(img.GetAttribute("srcset"));
    }

    private static string Stem(string filePath) => "/media/" + filePath[..filePath.LastIndexOf('.')];

    private static IEnumerable<string> SrcSet(IElement element) =>
        element.GetAttribute("srcset")!.Split(',', StringSplitOptions.TrimEntries);
}
