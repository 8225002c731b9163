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

    /// <summary>A comment with more links than this waits for moderation (WordPress's default is 2).</summary>
    public int CommentLinkLimit { get; set; } = 2;

    /// <summary>Words, names, addresses or IP ranges (one per line) that send a comment to the moderation queue.</summary>
    public string? CommentHoldKeys { get; set; }

    /// <summary>Words, names, addresses or IP ranges (one per line) that file a comment as spam.</summary>
    public string? CommentSpamKeys { get; set; }

    /// <summary>Hashed commenter addresses are erased this many days after the comment.</summary>
    public int CommentIpRetentionDays { get; set; } = 60;

    /// <summary>Mail the article's authors and the moderators when a comment waits for moderation.</summary>
    public bool NotifyHeldComments { get; set; } = true;

    /// <summary>The secret key of commenter address hashes, made at first use; never shown anywhere.</summary>
    public string? CommentIpSalt { get; set; }

    /// <summary>Feeds carry each article's whole body (content:encoded, content_html); off, they carry the standfirst only.</summary>
    public bool FeedsCarryFullText { get; set; } = true;

    public List<MenuItem> Menu { get; set; } = [];
}
