namespace Dateline.Media;

/// <summary>A file in the media library, stored under {DataDirectory}/media and served at /media.</summary>
public sealed class MediaItem
{
    public int Id { get; set; }

    /// <summary>Path relative to the media folder, with '/' separators: "2026/11/flood-relief.jpg".</summary>
    public required string FilePath { get; set; }
    public required string ContentType { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public long ByteSize { get; set; }
    public string AltText { get; set; } = "";
    public string? Caption { get; set; }
    public string? Credit { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>The name the file had on the uploader's machine; searched in the media library.</summary>
    public string? OriginalFileName { get; set; }
    public string? UploadedById { get; set; }

    /// <summary>Widths of the resized copies beside the original, space-separated ("320 640 960"), each as WebP and JPEG.</summary>
    public string RenditionWidths { get; set; } = "";

    public string Url => "/media/" + FilePath;
}
