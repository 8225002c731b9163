using Dateline.Media;

namespace Dateline.Tests.Media;

public sealed class RenditionsTests
{
    [Theory]
    [InlineData("2026/11/flood-relief.jpg", 640, ".webp", "2026/11/flood-relief-640.webp")]
    [InlineData("2026/11/flood-relief.png", 320, ".jpg", "2026/11/flood-relief-320.jpg")]
    [InlineData("2026/v1.2/no-extension", 320, ".jpg", "2026/v1.2/no-extension-320.jpg")]
    public void Rendition_sits_beside_its_original_named_by_width(string filePath, int width, string extension, string expected) =>
        Assert.Equal(expected, Renditions.PathFor(filePath, width, extension));

    [Fact]
    public void Webp_srcset_lists_only_webp_files_and_the_fallback_adds_the_original()
    {
        var picture = new Picture("2026/11/dam.png", "640 320", 1000, 500, "A dam", "100vw");

        Assert.Equal("/media/2026/11/dam-320.webp 320w, /media/2026/11/dam-640.webp 640w", picture.WebPSrcSet);
        Assert.Equal("/media/2026/11/dam-320.jpg 320w, /media/2026/11/dam-640.jpg 640w, /media/2026/11/dam.png 1000w", picture.FallbackSrcSet);
        Assert.True(picture.HasRenditions);
    }

    [Fact]
    public void Webp_original_joins_the_webp_srcset() =>
        Assert.EndsWith("/media/a.webp 700w", new Picture("a.webp", "320 640", 700, 400, "", "100vw").WebPSrcSet);

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("junk")]
    public void Old_pictures_without_renditions_have_none(string? renditionWidths) =>
        Assert.False(new Picture("old.jpg", renditionWidths, 1200, 675, "", "100vw").HasRenditions);
}
