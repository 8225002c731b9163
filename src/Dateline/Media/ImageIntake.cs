using System.Globalization;

namespace Dateline.Media;

/// <summary>
/// Takes an uploaded picture into the media library. Usage: <c>new ImageIntake(options.MediaDirectory, clock)
/// .TakeAsync(stream, fileName, cancellationToken)</c> returns a new, unsaved <see cref="MediaItem"/> whose files are
/// written, or throws <see cref="MediaRefused"/> with a message for the uploader. Either way nothing is half-stored.
/// <list type="bullet">
/// <item>The type is read from the content, never from the name: JPEG, PNG, WebP or GIF.</item>
/// <item>At most <see cref="MaxBytes"/>, <see cref="MaxSide"/> pixels a side and <see cref="MaxPixels"/> pixels, checked
/// before any pixel is decoded; the file must decode completely.</item>
/// <item>Polyglots are refused: bytes after the end the format declares (an appended ZIP or page), or the opening of
/// HTML, SVG or PHP anywhere in the file.</item>
/// <item>The stored original is re-encoded from upright sRGB pixels, so EXIF (camera, GPS location) never reaches the
/// site: JPEG at quality 85, PNG as PNG, WebP as lossy WebP at quality 80, GIF as a PNG of its first frame (animation
/// is dropped, along with anything its extension blocks carried; a GIF is never served as uploaded).</item>
/// <item>Files go under yyyy/MM (UTC) with a name made from the uploader's; see <see cref="Renditions"/> for the copies.</item>
/// </list>
/// </summary>
public sealed class ImageIntake(IMediaStore store, TimeProvider clock)
{
    public ImageIntake(string mediaDirectory, TimeProvider clock)
        : this(new MediaFolder(mediaDirectory), clock)
    {
    }

    public const long MaxBytes = 20 * 1024 * 1024;
    public const int MaxSide = 16_000;
    public const long MaxPixels = 50_000_000;

    public async Task<MediaItem> TakeAsync(Stream upload, string fileName, CancellationToken cancellationToken)
    {
        var shownName = MediaFileName.Shown(fileName);
        var bytes = await ReadAtMostAsync(upload, shownName, cancellationToken);
        var format = ImageFormat.Sniff(bytes)
            ?? throw new MediaRefused(MediaRefusal.NotAnImage, $"“{shownName}” is not a JPEG, PNG, WebP or GIF image.");
        var end = ImageExtent.End(bytes, format);
        if (end < 0)
        {
            throw new MediaRefused(MediaRefusal.Damaged, $"“{shownName}” is damaged or incomplete and cannot be read as a picture. Try exporting it again.");
        }

        if (end < bytes.Length || HiddenMarkup.IsIn(bytes))
        {
            throw new MediaRefused(MediaRefusal.HiddenContent,
                $"“{shownName}” carries something besides the picture (web page code or another file), so it was not stored. Export it again as a plain {format.Name} and retry.");
        }

        var stored = format == ImageFormat.Gif ? ImageFormat.Png : format;
        cancellationToken.ThrowIfCancellationRequested();
        using var pixels = ImageDecoding.Decode(bytes, shownName);
        var original = ImageEncoding.Encode(pixels, stored.Encoding);
        cancellationToken.ThrowIfCancellationRequested();
        var renditions = ImageEncoding.Renditions(pixels, Renditions.Widths);

        var now = clock.GetUtcNow().UtcDateTime;
        var folder = now.ToString("yyyy'/'MM", CultureInfo.InvariantCulture);
        var files = renditions.Select(r => (r.Suffix, r.Bytes)).Prepend((stored.Extension, original)).ToList();
        var stem = await MediaFiling.WriteAsync(store, folder, MediaFileName.Stem(fileName), files, cancellationToken);
        return new MediaItem
        {
            FilePath = $"{folder}/{stem}{stored.Extension}",
            ContentType = stored.ContentType,
            Width = pixels.Width,
            Height = pixels.Height,
            ByteSize = original.Length,
            CreatedAt = now,
            OriginalFileName = MediaFileName.Original(fileName),
            RenditionWidths = Renditions.Format(renditions.Select(r => r.Width).Distinct()),
        };
    }

    // Never more than one byte past the limit is read, so an endless or huge upload costs at most MaxBytes of memory.
    private static async Task<byte[]> ReadAtMostAsync(Stream upload, string shownName, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await upload.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, MaxBytes + 1 - buffer.Length)), cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                throw new MediaRefused(MediaRefusal.TooLarge, $"“{shownName}” is larger than {MaxBytes / 1024 / 1024} MB, the most a picture can be.");
            }
        }

        return buffer.Length > 0 ? buffer.ToArray() : throw new MediaRefused(MediaRefusal.Empty, $"“{shownName}” is empty.");
    }
}
