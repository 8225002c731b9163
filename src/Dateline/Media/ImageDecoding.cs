using SkiaSharp;

namespace Dateline.Media;

/// <summary>Turns checked upload bytes into upright sRGB pixels, refusing what is too big or will not decode whole.</summary>
internal static class ImageDecoding
{
    /// <summary>
    /// Reads the size from the header first, so a small file that claims a huge canvas (a decompression bomb)
    /// is refused before any pixel memory is allocated. Only the first frame of an animation is decoded.
    /// </summary>
    public static SKBitmap Decode(byte[] bytes, string fileName)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data) ?? throw Damaged(fileName);
        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0)
        {
            throw Damaged(fileName);
        }

        if (info.Width > ImageIntake.MaxSide || info.Height > ImageIntake.MaxSide || (long)info.Width * info.Height > ImageIntake.MaxPixels)
        {
            throw new MediaRefused(MediaRefusal.TooManyPixels,
                $"“{fileName}” is {info.Width:N0} × {info.Height:N0} pixels; pictures can be at most {ImageIntake.MaxSide:N0} pixels on a side and {ImageIntake.MaxPixels / 1_000_000} megapixels.");
        }

        // Decoding into sRGB means every copy we write looks the same in every browser without an embedded profile.
        var alpha = info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var target = new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, alpha, SKColorSpace.CreateSrgb());
        var pixels = new SKBitmap(target);
        if (codec.GetPixels(target, pixels.GetPixels()) != SKCodecResult.Success)
        {
            pixels.Dispose();
            throw Damaged(fileName);
        }

        return Upright(pixels, codec.EncodedOrigin);
    }

    private static MediaRefused Damaged(string fileName) =>
        new(MediaRefusal.Damaged, $"“{fileName}” is damaged or incomplete and cannot be read as a picture. Try exporting it again.");

    // The camera's orientation tag goes with the EXIF we do not keep, so it is applied to the pixels now.
    private static SKBitmap Upright(SKBitmap stored, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return stored;
        }

        float w = stored.Width, h = stored.Height;
        var (sideways, matrix) = origin switch
        {
            SKEncodedOrigin.TopRight => (false, new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1)),
            SKEncodedOrigin.BottomRight => (false, new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1)),
            SKEncodedOrigin.BottomLeft => (false, new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1)),
            SKEncodedOrigin.LeftTop => (true, new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1)),
            SKEncodedOrigin.RightTop => (true, new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1)),
            SKEncodedOrigin.RightBottom => (true, new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1)),
            _ => (true, new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1)),
        };

        using (stored)
        {
            var upright = new SKBitmap(stored.Info.WithSize(sideways ? stored.Height : stored.Width, sideways ? stored.Width : stored.Height));
            using var canvas = new SKCanvas(upright);
            canvas.SetMatrix(matrix);
            canvas.DrawBitmap(stored, 0, 0);
            return upright;
        }
    }
}
