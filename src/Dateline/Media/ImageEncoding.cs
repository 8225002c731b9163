using SkiaSharp;

namespace Dateline.Media;

/// <summary>Writes pixels out as files: the stored original and its renditions, shared by uploads and the demo.</summary>
internal static class ImageEncoding
{
    public const int JpegQuality = 85;
    public const int WebPQuality = 80;

    /// <summary>A file to write beside the original: "-640.webp" goes after the original's name without its extension.</summary>
    public sealed record Rendition(int Width, string Suffix, byte[] Bytes);

    public static byte[] Encode(SKBitmap pixels, SKEncodedImageFormat format)
    {
        if (format == SKEncodedImageFormat.Jpeg && pixels.AlphaType != SKAlphaType.Opaque)
        {
            // JPEG has no transparency; a transparent logo would otherwise turn black behind its edges.
            using var flat = OnWhite(pixels);
            return Encode(flat, format);
        }

        using var pixmap = pixels.PeekPixels();
        using var data = format switch
        {
            SKEncodedImageFormat.Jpeg => pixmap.Encode(new SKJpegEncoderOptions(JpegQuality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)),
            SKEncodedImageFormat.Webp => pixmap.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, WebPQuality)),
            _ => pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 6)),
        };
        return data?.ToArray() ?? throw new InvalidOperationException($"SkiaSharp could not encode {format}.");
    }

    /// <summary>WebP and JPEG copies at each of <paramref name="widths"/> narrower than the original, widest first.</summary>
    public static IReadOnlyList<Rendition> Renditions(SKBitmap original, IEnumerable<int> widths)
    {
        var renditions = new List<Rendition>();
        var source = original;
        foreach (var width in widths.Where(w => w < original.Width).OrderDescending())
        {
            // Each size is made from the next larger one, so every step shrinks by at most about half.
            var resized = Shrink(source, width);
            if (source != original)
            {
                source.Dispose();
            }

            source = resized;
            renditions.Add(new Rendition(width, $"-{width}.webp", Encode(resized, SKEncodedImageFormat.Webp)));
            renditions.Add(new Rendition(width, $"-{width}.jpg", Encode(resized, SKEncodedImageFormat.Jpeg)));
        }

        if (source != original)
        {
            source.Dispose();
        }

        return renditions;
    }

    // Cubic resampling reads only a 4×4 neighbourhood, so a big reduction first halves with a linear (box) filter
    // to avoid the shimmer of skipped pixels, then finishes with Mitchell cubic.
    private static SKBitmap Shrink(SKBitmap source, int width)
    {
        var current = source;
        while (current.Width >= width * 2)
        {
            var half = current.Resize(current.Info.WithSize(current.Width / 2, Math.Max(1, current.Height / 2)), new SKSamplingOptions(SKFilterMode.Linear));
            if (current != source)
            {
                current.Dispose();
            }

            current = half;
        }

        var height = Math.Max(1, (int)Math.Round((double)source.Height * width / source.Width));
        var result = current.Resize(current.Info.WithSize(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        if (current != source)
        {
            current.Dispose();
        }

        return result;
    }

    private static SKBitmap OnWhite(SKBitmap pixels)
    {
        var flat = new SKBitmap(pixels.Info.WithAlphaType(SKAlphaType.Opaque));
        using var canvas = new SKCanvas(flat);
        canvas.Clear(SKColors.White);
        canvas.DrawBitmap(pixels, 0, 0);
        return flat;
    }
}
