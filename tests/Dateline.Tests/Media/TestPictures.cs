using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Dateline.Tests.Media;

/// <summary>Pictures made in the test, byte by byte where a real encoder would not make what we need.</summary>
internal static class TestPictures
{
    public static byte[] Encoded(SKEncodedImageFormat format, int width = 64, int height = 48)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
            using var paint = new SKPaint { Color = SKColors.Orange, IsAntialias = true };
            canvas.DrawCircle(width / 3f, height / 2f, Math.Min(width, height) / 3f, paint);
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    public static byte[] Jpeg(int width = 64, int height = 48) => Encoded(SKEncodedImageFormat.Jpeg, width, height);

    public static byte[] Png(int width = 64, int height = 48) => Encoded(SKEncodedImageFormat.Png, width, height);

    /// <summary>The classic one-pixel GIF89a, with a comment extension carrying <paramref name="comment"/> if given.</summary>
    public static byte[] Gif(string? comment = null)
    {
        var bytes = new List<byte>("GIF89a"u8.ToArray()) { 1, 0, 1, 0, 0x80, 0, 0, 0xFF, 0xFF, 0xFF, 0, 0, 0 };
        if (comment is not null)
        {
            var text = Encoding.ASCII.GetBytes(comment);
            bytes.AddRange([0x21, 0xFE, (byte)text.Length, .. text, 0]);
        }

        bytes.AddRange([0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B]);
        return [.. bytes];
    }

    /// <summary>A PNG chunk with its CRC, so hand-made PNGs get past every check but the one under test.</summary>
    public static byte[] PngChunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    /// <summary>A PNG whose header claims <paramref name="width"/> × <paramref name="height"/>, with a few bytes of pixel data.</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // 8-bit greyscale
        byte[] deflated = [0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01];
        return [.. Png()[..8], .. PngChunk("IHDR", header), .. PngChunk("IDAT", deflated), .. PngChunk("IEND", [])];
    }

    /// <summary>Puts <paramref name="chunk"/> just before the IEND chunk of <paramref name="png"/>.</summary>
    public static byte[] WithChunkBeforeEnd(byte[] png, byte[] chunk) => [.. png[..^12], .. chunk, .. png[^12..]];

    /// <summary>
    /// A JPEG with an APP1 Exif segment saying: rotate 90° clockwise (orientation 6), a description naming a
    /// source, and a GPS latitude. What a phone writes, and what must never reach the site.
    /// </summary>
    public static byte[] JpegWithExif(int width, int height, string description)
    {
        var text = Encoding.ASCII.GetBytes(description + "\0");
        var tiff = new List<byte>("MM\0*"u8.ToArray()) { 0, 0, 0, 8 };
        const int ifdSize = 2 + 3 * 12 + 4;
        var descriptionAt = 8 + ifdSize;
        var gpsAt = descriptionAt + text.Length;
        tiff.AddRange([0, 3]);
        tiff.AddRange(Entry(0x010E, 2, text.Length, descriptionAt));
        tiff.AddRange(Entry(0x0112, 3, 1, 6 << 16));
        tiff.AddRange(Entry(0x8825, 4, 1, gpsAt));
        tiff.AddRange([0, 0, 0, 0]);
        tiff.AddRange(text);
        tiff.AddRange([0, 1]);
        tiff.AddRange(Entry(0x0001, 2, 2, 'N' << 24));
        tiff.AddRange([0, 0, 0, 0]);

        byte[] app1 = [.. "Exif\0\0"u8.ToArray(), .. tiff];
        var length = app1.Length + 2;
        var jpeg = Jpeg(width, height);
        return [0xFF, 0xD8, 0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. app1, .. jpeg[2..]];
    }

    private static byte[] Entry(ushort tag, ushort type, int count, int value)
    {
        var entry = new byte[12];
        BinaryPrimitives.WriteUInt16BigEndian(entry, tag);
        BinaryPrimitives.WriteUInt16BigEndian(entry.AsSpan(2), type);
        BinaryPrimitives.WriteInt32BigEndian(entry.AsSpan(4), count);
        BinaryPrimitives.WriteInt32BigEndian(entry.AsSpan(8), value);
        return entry;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
