using System.Diagnostics;
using System.Text;
using Dateline.Media;

namespace Dateline.Tests.Media;

public sealed class ImageRefusalTests : IDisposable
{
    private readonly MediaFolder media = new();

    public void Dispose() => media.Dispose();

    public static TheoryData<string, string> NotPictures => new()
    {
        { "logo.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>" },
        { "photo.jpg", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>" },
        { "scan.jpg", "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj" },
        { "album.png", "PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000" },
        { "setup.gif", "MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode." },
        { "tool.webp", "\u007fELF\u0002\u0001\u0001\u0000" },
    };

    [Theory]
    [MemberData(nameof(NotPictures))]
    public async Task Files_that_are_not_pictures_are_refused_whatever_their_name(string name, string content)
    {
        var refused = await RefusedAsync(Encoding.Latin1.GetBytes(content), name);

        Assert.Equal(MediaRefusal.NotAnImage, refused.Reason);
        Assert.Equal($"“{name}” is not a JPEG, PNG, WebP or GIF image.", refused.Message);
    }

    [Fact]
    public async Task Svg_named_png_is_refused() =>
        Assert.Equal(MediaRefusal.NotAnImage, (await RefusedAsync("<?xml version=\"1.0\"?><svg onload=\"alert(1)\"/>"u8.ToArray(), "chart.png")).Reason);

    [Fact]
    public async Task Empty_upload_is_refused() =>
        Assert.Equal(MediaRefusal.Empty, (await RefusedAsync([], "nothing.jpg")).Reason);

    [Theory]
    [InlineData("jpeg")]
    [InlineData("png")]
    public async Task Truncated_picture_is_refused(string kind)
    {
        var whole = kind == "jpeg" ? TestPictures.Jpeg(400, 300) : TestPictures.Png(400, 300);

        var refused = await RefusedAsync(whole[..(whole.Length * 2 / 3)], "cut." + kind);

        Assert.Equal(MediaRefusal.Damaged, refused.Reason);
    }

    [Theory]
    [InlineData(100_000, 100_000)]
    [InlineData(10_000, 10_000)]
    [InlineData(16_001, 10)]
    public async Task Decompression_bomb_is_refused_from_its_header_without_decoding(int width, int height)
    {
        var bomb = TestPictures.PngClaiming(width, height);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var refused = await RefusedAsync(bomb, "bomb.png");

        Assert.Equal(MediaRefusal.TooManyPixels, refused.Reason);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1024 * 1024, "allocated pixel memory");
    }

    [Fact]
    public async Task Upload_over_the_size_limit_is_refused_without_reading_it_all()
    {
        using var endless = new EndlessStream();

        var refused = await Assert.ThrowsAsync<MediaRefused>(() => media.Intake.TakeAsync(endless, "huge.jpg", CancellationToken.None));

        Assert.Equal(MediaRefusal.TooLarge, refused.Reason);
        Assert.Equal(ImageIntake.MaxBytes + 1, endless.Position);
    }

    public static TheoryData<string, byte[]> Polyglots => new()
    {
        { "zip after the jpeg", [.. TestPictures.Jpeg(), .. "PK\u0003\u0004"u8.ToArray(), .. new byte[64]] },
        { "page after the jpeg", [.. TestPictures.Jpeg(), .. "<html><script>alert(1)</script></html>"u8.ToArray()] },
        { "page after the gif", [.. TestPictures.Gif(), .. "<script>alert(1)</script>"u8.ToArray()] },
        { "script in a gif comment", TestPictures.Gif("*/=1;<SCRIPT>alert(1)</SCRIPT>") },
        { "svg in a gif comment", TestPictures.Gif("<svg/onload=alert(1)>") },
        { "php in a png text chunk", TestPictures.WithChunkBeforeEnd(TestPictures.Png(), TestPictures.PngChunk("tEXt", "Comment\0<?php system($_GET['c']); ?>"u8.ToArray())) },
        { "data after the png end", [.. TestPictures.Png(), .. "hidden"u8.ToArray()] },
    };

    [Theory]
    [MemberData(nameof(Polyglots))]
    public async Task Polyglot_is_refused(string _, byte[] bytes)
    {
        var refused = await RefusedAsync(bytes, "innocent.gif");

        Assert.Equal(MediaRefusal.HiddenContent, refused.Reason);
    }

    [Fact]
    public async Task Jpeg_followed_by_its_preview_jpeg_is_accepted()
    {
        var item = await media.TakeAsync([.. TestPictures.Jpeg(200, 100), .. TestPictures.Jpeg(20, 10)], "camera.jpg");

        Assert.Equal((200, 100), (item.Width, item.Height));
    }

    private async Task<MediaRefused> RefusedAsync(byte[] bytes, string name)
    {
        var refused = await Assert.ThrowsAsync<MediaRefused>(() => media.TakeAsync(bytes, name));
        Assert.Empty(media.Files());
        return refused;
    }

    // Never ends, and says how far it was read.
    private sealed class EndlessStream : Stream
    {
        private long position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill(0xFF);
            position += count;
            return count;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
