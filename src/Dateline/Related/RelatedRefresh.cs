namespace Dateline.Related;

/// <summary>
/// A durable note that an article changed and its terms and related lists need computing again. DatelineDb writes it in
/// the same transaction as the change, so a crash between the save and the computation loses nothing.
/// </summary>
public sealed class RelatedRefresh
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    public Articles.Article? Article { get; set; }
    public DateTime QueuedAt { get; set; }
}
