using System.Globalization;

namespace Dateline.Media;

/// <summary>
/// The naming convention for resized copies and the srcset strings built from it. A rendition sits beside its
/// original and is named after it: "2026/11/flood-relief.jpg" at 640 pixels wide is "2026/11/flood-relief-640.webp"
/// and "2026/11/flood-relief-640.jpg". Only widths listed in <see cref="MediaItem.RenditionWidths"/> exist.
/// </summary>
public static class Renditions
{
    /// <summary>The widths a picture is resized to, where it is wider than them.</summary>
    public static IReadOnlyList<int> Widths { get; } = [320, 640, 960, 1280, 1920];

    /// <summary>The media-relative path of the rendition of <paramref name="filePath"/> at <paramref name="width"/>; extension ".webp" or ".jpg".</summary>
    public static string PathFor(string filePath, int width, string extension)
    {
        var dot = filePath.LastIndexOf('.');
        var stem = dot > filePath.LastIndexOf('/') ? filePath[..dot] : filePath;
        return string.Create(CultureInfo.InvariantCulture, $"{stem}-{width}{extension}");
    }

    /// <summary>Reads a <see cref="MediaItem.RenditionWidths"/> value ("320 640 960"), skipping anything that is not a width.</summary>
    public static IReadOnlyList<int> Parse(string? renditionWidths) =>
        (renditionWidths ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var width) ? width : 0)
            .Where(w => w > 0)
            .Order()
            .ToList();

    public static string Format(IEnumerable<int> widths) => string.Join(' ', widths.Order().Select(w => w.ToString(CultureInfo.InvariantCulture)));

    /// <summary>
    /// A srcset of the renditions in one format (".webp" or ".jpg"), narrowest first, in "url 640w" form. The original
    /// is added at its own width when it is in that format, or always when <paramref name="withOriginal"/> is set
    /// (for the img fallback, which any browser can show whatever the original's format).
    /// </summary>
    public static string SrcSet(string filePath, string? renditionWidths, int originalWidth, string extension, bool withOriginal = false)
    {
        var entries = Parse(renditionWidths).Where(w => w < originalWidth)
            .Select(w => string.Create(CultureInfo.InvariantCulture, $"/media/{PathFor(filePath, w, extension)} {w}w"))
            .ToList();
        if (withOriginal || Path.GetExtension(filePath).Equals(extension, StringComparison.OrdinalIgnoreCase))
        {
            entries.Add(string.Create(CultureInfo.InvariantCulture, $"/media/{filePath} {originalWidth}w"));
        }

        return string.Join(", ", entries);
    }

    /// <summary>Every file a media item has on disk: the original, then its renditions.</summary>
    public static IEnumerable<string> FilesOf(MediaItem item) =>
        Parse(item.RenditionWidths).SelectMany(w => new[] { PathFor(item.FilePath, w, ".webp"), PathFor(item.FilePath, w, ".jpg") }).Prepend(item.FilePath);
}
