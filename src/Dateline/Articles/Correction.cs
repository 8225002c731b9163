namespace Dateline.Articles;

/// <summary>A dated note telling readers what an article got wrong and what was changed.</summary>
public sealed class Correction
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public required string Text { get; set; }
    public DateTime PublishedAt { get; set; }
}
