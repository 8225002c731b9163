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
    public string? IpAddress { get; set; }
}
