using Dateline.Media;
using SkiaSharp;

namespace Dateline.Tests.Media;

public sealed class ImageIntakeTests : IDisposable
{
    private readonly MediaFolder media = new();

    public void Dispose() => media.Dispose();

    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg, "image/jpeg", ".jpg")]
    [InlineData(SKEncodedImageFormat.Png, "image/png", ".png")]
    [InlineData(SKEncodedImageFormat.Webp, "image/webp", ".webp")]
    public async Task Each_web_format_is_stored_as_itself(SKEncodedImageFormat format, string contentType, string extension)
    {
        var item = await media.TakeAsync(TestPictures.Encoded(format, 80, 60), "Flood Relief (Peshawar).img");

        Assert.Equal(contentType, item.ContentType);
        Assert.Equal("2026/11/flood-relief-peshawar" + extension, item.FilePath);
        Assert.Equal((80, 60), (item.Width, item.Height));
        Assert.Equal(new FileInfo(media.PathOf(item.FilePath)).Length, item.ByteSize);
        Assert.Equal("Flood Relief (Peshawar).img", item.OriginalFileName);
        Assert.Equal(new DateTime(2026, 11, 5, 9, 30, 0, DateTimeKind.Utc), item.CreatedAt);
        Assert.Equal(format, Decode(item.FilePath).Format);
    }

    [Fact]
    public async Task Gif_is_stored_as_a_png_of_its_first_frame()
    {
        var item = await media.TakeAsync(TestPictures.Gif(), "spinner.gif");

        Assert.Equal(("image/png", "2026/11/spinner.png"), (item.ContentType, item.FilePath));
        Assert.Equal(SKEncodedImageFormat.Png, Decode(item.FilePath).Format);
    }

    [Fact]
    public async Task Type_comes_from_the_content_not_the_name()
    {
        var item = await media.TakeAsync(TestPictures.Png(), "holiday.JPG");

        Assert.Equal(("image/png", "2026/11/holiday.png"), (item.ContentType, item.FilePath));
    }

    [Fact]
    public async Task Renditions_are_written_at_each_narrower_width_as_webp_and_jpeg()
    {
        var item = await media.TakeAsync(TestPictures.Jpeg(1000, 500), "market.jpg");

        Assert.Equal("320 640 960", item.RenditionWidths);
        foreach (var width in new[] { 320, 640, 960 })
        {
            Assert.Equal((SKEncodedImageFormat.Webp, width, width / 2), Decode($"2026/11/market-{width}.webp"));
            Assert.Equal((SKEncodedImageFormat.Jpeg, width, width / 2), Decode($"2026/11/market-{width}.jpg"));
        }

        Assert.Equal(7, media.Files().Count);
        Assert.Equal(media.Files(), Renditions.FilesOf(item).Order());
    }

    [Fact]
    public async Task Small_picture_has_no_renditions()
    {
        var item = await media.TakeAsync(TestPictures.Jpeg(320, 200), "icon.jpg");

        Assert.Equal("", item.RenditionWidths);
        Assert.Equal(["2026/11/icon.jpg"], media.Files());
    }

    [Fact]
    public async Task Exif_with_the_gps_location_is_stripped_after_turning_the_picture_upright()
    {
        const string secret = "Met the source at 34.0151N 71.5249E";
        var item = await media.TakeAsync(TestPictures.JpegWithExif(800, 400, secret), "source.jpg");

        // Orientation 6: stored landscape, shown portrait.
        Assert.Equal((400, 800), (item.Width, item.Height));
        foreach (var file in media.Files())
        {
            var bytes = await File.ReadAllBytesAsync(media.PathOf(file));
            Assert.Equal(-1, bytes.AsSpan().IndexOf("Exif\0"u8));
            Assert.Equal(-1, bytes.AsSpan().IndexOf("34.0151N"u8));
            using var codec = SKCodec.Create(media.PathOf(file));
            Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
        }
    }

    [Fact]
    public async Task Names_are_slugs_and_never_overwrite_an_existing_file()
    {
        var first = await media.TakeAsync(TestPictures.Jpeg(), "Ça ira.jpeg");
        var second = await media.TakeAsync(TestPictures.Jpeg(), "ca-ira.jpg");
        var unnamed = await media.TakeAsync(TestPictures.Jpeg(), "کابل.jpg");

        Assert.Equal(["2026/11/ca-ira.jpg", "2026/11/ca-ira-2.jpg", "2026/11/picture.jpg"], new[] { first.FilePath, second.FilePath, unnamed.FilePath });
    }

    [Fact]
    public async Task An_upload_never_takes_a_name_another_picture_uses_for_a_rendition()
    {
        var original = await media.TakeAsync(TestPictures.Jpeg(700, 350), "photo.jpg");
        var lookalike = await media.TakeAsync(TestPictures.Jpeg(), "photo-640.jpg");

        Assert.Equal("2026/11/photo-640-2.jpg", lookalike.FilePath);
        Assert.Contains("2026/11/photo-640.jpg", Renditions.FilesOf(original));
    }

    [Fact]
    public async Task Parallel_uploads_of_the_same_name_each_get_their_own_files()
    {
        var bytes = TestPictures.Jpeg(700, 350);
        var items = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => media.TakeAsync(bytes, "photo.jpg"))));

        Assert.Equal(8, items.Select(i => i.FilePath).Distinct().Count());
        Assert.Equal(8 * 5, media.Files().Count);
        Assert.All(items.SelectMany(Renditions.FilesOf), file => Assert.True(File.Exists(media.PathOf(file)), file));
    }

    [Fact]
    public async Task Nothing_is_left_behind_when_a_file_cannot_be_written()
    {
        // A folder where a rendition should go: creating that file fails, and not because the name is taken by a file.
        Directory.CreateDirectory(media.PathOf("2026/11/blocked-320.jpg"));

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => media.TakeAsync(TestPictures.Jpeg(700, 350), "blocked.jpg"));

        Assert.IsNotType<MediaRefused>(failure);

        Assert.Empty(media.Files());
    }

    private (SKEncodedImageFormat Format, int Width, int Height) Decode(string filePath)
    {
        using var codec = SKCodec.Create(media.PathOf(filePath));
        using var bitmap = SKBitmap.Decode(codec);
        Assert.NotNull(bitmap);
        return (codec.EncodedFormat, bitmap.Width, bitmap.Height);
    }
}
