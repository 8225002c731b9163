using System.Buffers.Binary;

namespace Dateline.Media;

/// <summary>
/// Walks a file's own structure (JPEG markers, PNG chunks, GIF blocks, the WebP RIFF size) to find where the
/// image ends. Bytes past that end are how polyglots hide a ZIP or a page behind a valid picture.
/// </summary>
internal static class ImageExtent
{
    /// <summary>The offset just past the image, or -1 when the structure is cut short or broken.</summary>
    public static long End(ReadOnlySpan<byte> bytes, ImageFormat format)
    {
        if (format != ImageFormat.Jpeg)
        {
            return format == ImageFormat.Png ? PngEnd(bytes) : format == ImageFormat.Gif ? GifEnd(bytes) : WebPEnd(bytes);
        }

        // Phones store depth maps and previews as further JPEGs after the first (CIPA Multi-Picture Format);
        // those are pictures too, so the walk carries on through them.
        long end = 0;
        while (end < bytes.Length && ImageFormat.Sniff(bytes[(int)end..]) == ImageFormat.Jpeg)
        {
            var next = JpegEnd(bytes[(int)end..]);
            if (next < 0)
            {
                return -1;
            }

            end += next;
        }

        return end;
    }

    private static long JpegEnd(ReadOnlySpan<byte> b)
    {
        var i = 2;
        while (i + 2 <= b.Length)
        {
            if (b[i] != 0xFF)
            {
                return -1;
            }

            var marker = b[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }

            if (marker == 0xD9)
            {
                return i + 2;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                i += 2;
                continue;
            }

            if (i + 4 > b.Length || BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]) < 2)
            {
                return -1;
            }

            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]);
            if (marker == 0xDA)
            {
                i = ScanDataEnd(b, i);
            }
        }

        return -1;
    }

    // Compressed scan data runs to the first 0xFF that is neither a stuffed 0xFF00 nor a restart marker.
    private static int ScanDataEnd(ReadOnlySpan<byte> b, int i)
    {
        while (i < b.Length)
        {
            var ff = b[i..].IndexOf((byte)0xFF);
            if (ff < 0 || i + ff + 1 >= b.Length)
            {
                return b.Length;
            }

            i += ff;
            var next = b[i + 1];
            if (next != 0x00 && next is not (>= 0xD0 and <= 0xD7))
            {
                return i;
            }

            i += 2;
        }

        return i;
    }

    private static long PngEnd(ReadOnlySpan<byte> b)
    {
        long i = 8;
        while (i + 12 <= b.Length)
        {
            long length = BinaryPrimitives.ReadUInt32BigEndian(b[(int)i..]);
            var type = b.Slice((int)i + 4, 4);
            i += 12 + length;
            if (type.SequenceEqual("IEND"u8))
            {
                return i <= b.Length ? i : -1;
            }
        }

        return -1;
    }

    private static long GifEnd(ReadOnlySpan<byte> b)
    {
        if (b.Length < 13)
        {
            return -1;
        }

        var i = 13 + ColourTableSize(b[10]);
        while (i < b.Length)
        {
            switch (b[i])
            {
                case 0x3B:
                    return i + 1;
                case 0x21:
                    i = SubBlocksEnd(b, i + 2);
                    break;
                case 0x2C when i + 10 < b.Length:
                    i = SubBlocksEnd(b, i + 10 + ColourTableSize(b[i + 9]) + 1);
                    break;
                default:
                    return -1;
            }

            if (i < 0)
            {
                return -1;
            }
        }

        return -1;
    }

    private static int ColourTableSize(byte packed) => (packed & 0x80) == 0 ? 0 : 3 << ((packed & 7) + 1);

    private static int SubBlocksEnd(ReadOnlySpan<byte> b, int i)
    {
        while (i < b.Length && b[i] != 0)
        {
            i += b[i] + 1;
        }

        return i < b.Length ? i + 1 : -1;
    }

    private static long WebPEnd(ReadOnlySpan<byte> b)
    {
        long size = BinaryPrimitives.ReadUInt32LittleEndian(b[4..]);
        var end = 8 + size + (size & 1);
        return end <= b.Length ? end : -1;
    }
}
