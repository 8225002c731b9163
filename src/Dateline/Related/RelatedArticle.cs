namespace Dateline.Related;

/// <summary>
/// One stored pick of an article's related list, computed when either article changes (see RelatedStories), so the
/// article page reads its "Check Also" and "Related" boxes with one indexed query. Rank 0 is the "Check Also" pick.
/// </summary>
public sealed class RelatedArticle
{
    public int ArticleId { get; set; }
    public int RelatedId { get; set; }
    public int Rank { get; set; }
    public double Score { get; set; }
}
