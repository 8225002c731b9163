namespace Dateline.Site;

/// <summary>The one row of site-wide settings.</summary>
public sealed class SiteSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public string Name { get; set; } = "Dateline";
    public string? Tagline { get; set; }
    public string Language { get; set; } = "en";
    public string TimeZone { get; set; } = "UTC";
    public int? LogoId { get; set; }
    public Media.MediaItem? Logo { get; set; }

    /// <summary>Comments close this many days after publication; null keeps them open.</summary>
    public int? CommentsCloseAfterDays { get; set; }
    public Comments.CommentModeration CommentModeration { get; set; } = Comments.CommentModeration.HoldFirstTimeCommenters;

    public List<MenuItem> Menu { get; set; } = [];
}
