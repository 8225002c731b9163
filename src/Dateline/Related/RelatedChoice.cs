namespace Dateline.Related;

/// <summary>An editor's word on one article's related list: always show <see cref="OtherId"/> (pinned, in Position order) or never.</summary>
public sealed class RelatedChoice
{
    public int ArticleId { get; set; }
    public int OtherId { get; set; }
    public bool Pinned { get; set; }
    public int Position { get; set; }
}
