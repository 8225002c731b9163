namespace Dateline.Media;

/// <summary>
/// What Pages/Shared/_Picture.cshtml draws: a responsive picture, WebP first with a JPEG fallback. <see cref="Sizes"/>
/// tells the browser how wide the picture is laid out ("(min-width: 44rem) 42rem, 100vw"). Above the fold it is
/// fetched first; otherwise it loads lazily.
/// </summary>
public sealed record Picture(string FilePath, string? RenditionWidths, int Width, int Height, string Alt, string Sizes, bool AboveTheFold = false)
{
    /// <summary>A class for the img element, for layouts that style it (the round author photo).</summary>
    public string? ImageClass { get; init; }

    public string Url => "/media/" + FilePath;

    /// <summary>False for pictures stored before renditions existed; they are drawn as a plain img.</summary>
    public bool HasRenditions => Renditions.Parse(RenditionWidths).Any(w => w < Width);

    public string WebPSrcSet => Renditions.SrcSet(FilePath, RenditionWidths, Width, ".webp");

    public string FallbackSrcSet => Renditions.SrcSet(FilePath, RenditionWidths, Width, ".jpg", withOriginal: true);

    public static Picture Of(MediaItem item, string sizes, bool aboveTheFold = false, string? imageClass = null) =>
        new(item.FilePath, item.RenditionWidths, item.Width, item.Height, item.AltText, sizes, aboveTheFold) { ImageClass = imageClass };
}
