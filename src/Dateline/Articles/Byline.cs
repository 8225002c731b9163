using Dateline.Authors;

namespace Dateline.Articles;

/// <summary>One author's credit on an article; Position keeps the byline in the order the desk set.</summary>
public sealed class Byline
{
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public int AuthorId { get; set; }
    public Author Author { get; set; } = null!;
    public int Position { get; set; }
}
