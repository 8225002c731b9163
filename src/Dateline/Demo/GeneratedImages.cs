using System.Collections.Concurrent;
using Dateline.Media;
using SkiaSharp;

namespace Dateline.Demo;

/// <summary>
/// Draws the demo's pictures itself (nothing is downloaded): abstract scenes whose colours and shapes
/// follow from a seed, so the same article always gets the same picture.
/// </summary>
public static class GeneratedImages
{
    public const int Width = 1200;
    public const int Height = 675;

    // Seeding runs at every test fixture's start and WebP encoding is its slow part (960 wide costs twice 640 and
    // 320 together), so the demo makes only the two smallest widths an upload would get.
    private static readonly IReadOnlyList<int> DemoWidths = [.. Renditions.Widths.Take(2)];

    private static readonly SKColor[][] Palettes =
    [
        [new(0x1d, 0x3b, 0x53), new(0xe0, 0x9f, 0x3e), new(0xf4, 0xe3, 0xc1)],
        [new(0x2f, 0x4f, 0x3a), new(0x9c, 0xc5, 0xa1), new(0xf2, 0xf0, 0xe6)],
        [new(0x5a, 0x1e, 0x2d), new(0xd9, 0x73, 0x4e), new(0xf6, 0xd6, 0xad)],
        [new(0x13, 0x2a, 0x4a), new(0x4f, 0x8f, 0xc0), new(0xd6, 0xe6, 0xf2)],
        [new(0x3d, 0x2c, 0x4f), new(0xb5, 0x83, 0x8d), new(0xf0, 0xd9, 0xda)],
        [new(0x40, 0x35, 0x1f), new(0xc8, 0xa9, 0x6e), new(0xee, 0xe4, 0xcf)],
    ];

    // Seeding runs at the start of every test fixture, many times in one process, and the scenes never change for
    // a seed: each is drawn and encoded once per process (about 5 MB for the demo's pictures) and then only copied.
    private static readonly ConcurrentDictionary<(string Seed, int Width, int Height), Lazy<Scene>> Drawn = new();

    /// <summary>
    /// Writes a JPEG scene to <paramref name="path"/>, with its renditions beside it as an upload would have them,
    /// and returns the scene's size in bytes and the widths of its renditions.
    /// </summary>
    public static (long ByteSize, string RenditionWidths) WriteScene(string path, string seed, int width = Width, int height = Height)
    {
        var scene = Drawn.GetOrAdd((seed, width, height), key => new Lazy<Scene>(() => Render(key.Seed, key.Width, key.Height))).Value;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, scene.Original);
        foreach (var (suffix, bytes) in scene.Renditions)
        {
            File.WriteAllBytes(Path.ChangeExtension(path, null) + suffix, bytes);
        }

        return (scene.Original.Length, scene.RenditionWidths);
    }

    private static Scene Render(string seed, int width, int height)
    {
        byte[] original;
        using (var image = Draw(seed, width, height, width))
        using (var data = image.Encode(SKEncodedImageFormat.Jpeg, 78))
        {
            original = data.ToArray();
        }

        // The scene is vector drawing, so each rendition is drawn at its own size: as sharp as a resample and cheaper.
        var widths = DemoWidths.Where(w => w < width).ToList();
        var renditions = new List<(string, byte[])>();
        foreach (var renditionWidth in widths)
        {
            using var image = Draw(seed, width, height, renditionWidth);
            using var pixels = SKBitmap.FromImage(image);
            renditions.Add(($"-{renditionWidth}.webp", ImageEncoding.Encode(pixels, SKEncodedImageFormat.Webp)));
            renditions.Add(($"-{renditionWidth}.jpg", ImageEncoding.Encode(pixels, SKEncodedImageFormat.Jpeg)));
        }

        return new Scene(original, renditions, Renditions.Format(widths));
    }

    private static SKImage Draw(string seed, int width, int height, int drawnWidth)
    {
        var scale = drawnWidth / (float)width;
        var random = new Random(StableHash(seed));
        var palette = Palettes[random.Next(Palettes.Length)];
        using var surface = SKSurface.Create(new SKImageInfo(drawnWidth, Math.Max(1, (int)Math.Round(height * scale)), SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Scale(scale);
        var horizon = height * (0.45f + (float)random.NextDouble() * 0.2f);

        using (var sky = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, horizon), [palette[2], palette[1]], SKShaderTileMode.Clamp) })
        {
            canvas.DrawRect(0, 0, width, horizon, sky);
        }

        using (var sun = new SKPaint { Color = palette[2].WithAlpha(220), IsAntialias = true })
        {
            canvas.DrawCircle(width * (0.15f + (float)random.NextDouble() * 0.7f), horizon * 0.45f, height * 0.08f, sun);
        }

        // Ridges: layered hills from far (pale) to near (dark).
        for (var layer = 0; layer < 4; layer++)
        {
            using var ridge = new SKPath();
            var baseY = horizon + layer * height * 0.09f;
            ridge.MoveTo(0, height);
            ridge.LineTo(0, baseY);
            for (var x = 0; x <= width; x += width / 12)
            {
                ridge.LineTo(x, baseY - (float)random.NextDouble() * height * 0.12f);
            }

            ridge.LineTo(width, height);
            ridge.Close();
            var shade = Blend(palette[1], palette[0], (layer + 1) / 4f);
            using var paint = new SKPaint { Color = shade, IsAntialias = true };
            canvas.DrawPath(ridge, paint);
        }

        // Buildings or figures in the foreground give each scene a subject.
        using (var figures = new SKPaint { Color = palette[0].WithAlpha(235), IsAntialias = true })
        {
            var count = 3 + random.Next(6);
            for (var i = 0; i < count; i++)
            {
                var w = width * (0.03f + (float)random.NextDouble() * 0.06f);
                var h = height * (0.08f + (float)random.NextDouble() * 0.2f);
                var x = (float)random.NextDouble() * (width - w);
                canvas.DrawRect(x, height - h, w, h, figures);
            }
        }

        return surface.Snapshot();
    }

    private static SKColor Blend(SKColor a, SKColor b, float t) => new(
        (byte)(a.Red + (b.Red - a.Red) * t),
        (byte)(a.Green + (b.Green - a.Green) * t),
        (byte)(a.Blue + (b.Blue - a.Blue) * t));

    // string.GetHashCode is randomised per process; the picture must not be.
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7fffffff);
    }

    private sealed record Scene(byte[] Original, IReadOnlyList<(string Suffix, byte[] Bytes)> Renditions, string RenditionWidths);
}
