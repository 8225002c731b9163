using SkiaSharp;

namespace Dateline.Media;

/// <summary>One of the four raster formats the media library takes, recognised by its first bytes.</summary>
public sealed record ImageFormat(string Name, string ContentType, string Extension, SKEncodedImageFormat Encoding)
{
    public static readonly ImageFormat Jpeg = new("JPEG", "image/jpeg", ".jpg", SKEncodedImageFormat.Jpeg);
    public static readonly ImageFormat Png = new("PNG", "image/png", ".png", SKEncodedImageFormat.Png);
    public static readonly ImageFormat WebP = new("WebP", "image/webp", ".webp", SKEncodedImageFormat.Webp);
    public static readonly ImageFormat Gif = new("GIF", "image/gif", ".gif", SKEncodedImageFormat.Gif);

    /// <summary>The format the bytes are in, whatever the file is called; null for anything else.</summary>
    public static ImageFormat? Sniff(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => Jpeg,
        [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => Png,
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'7' or (byte)'9', (byte)'a', ..] => Gif,
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => WebP,
        _ => null,
    };
}
