namespace Dateline.MostRead;

/// <summary>Reads of one article in one hour (UTC), added to in batches by the view counter, never once per request.</summary>
public sealed class ArticleViews
{
    public int ArticleId { get; set; }
    public DateTime Hour { get; set; }
    public int Views { get; set; }
}
