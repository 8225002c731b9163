namespace Dateline.Comments;

/// <summary>A reader's comment. AuthorEmail is private: it never leaves the server.</summary>
public sealed class Comment
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int? ParentId { get; set; }
    public required string AuthorName { get; set; }
    public required string AuthorEmail { get; set; }
    public string? AuthorUrl { get; set; }
    public required string Body { get; set; }
    public ModerationStatus Status { get; set; } = ModerationStatus.Pending;
    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// The commenter's IP address as a keyed hash (HMAC-SHA256 with the site's secret salt), never the address itself;
    /// enough to tell one sender's comments apart, and erased after the site's retention period.
    /// </summary>
    public string? IpHash { get; set; }

    /// <summary>Why the comment was held or filed as spam when it came in ("has 4 links (the limit is 2)"), for moderators.</summary>
    public string? ModerationNote { get; set; }

    /// <summary>How doubtful the comment looked when it came in (see SpamScore); 0 for a staff reply.</summary>
    public int SpamScore { get; set; }

    /// <summary>Set when a newsroom member wrote the comment (a staff reply) or last edited it.</summary>
    public string? StaffUserId { get; set; }
    public DateTime? EditedAt { get; set; }
}
