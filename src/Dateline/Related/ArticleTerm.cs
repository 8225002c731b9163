namespace Dateline.Related;

/// <summary>
/// One of the weighted terms that characterise a published article (words of its headline, standfirst and body, its
/// tags, story and the names it mentions). Related articles are found through these rows, newest first per term, so
/// finding candidates reads a bounded slice of the index whatever the archive's size.
/// </summary>
public sealed class ArticleTerm
{
    public const int MaxTermLength = 64;

    public int ArticleId { get; set; }
    public required string Term { get; set; }
    public double Weight { get; set; }

    /// <summary>The article's publication time, copied here so "newest articles with this term" is one index range.</summary>
    public DateTime PublishedAt { get; set; }
}
