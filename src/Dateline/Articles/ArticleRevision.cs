namespace Dateline.Articles;

/// <summary>
/// What an article's words looked like after one save, and who saved it. Kept for every save so any two can be
/// compared and any one restored; autosaves of a draft by the same person replace their previous autosave.
/// </summary>
public sealed class ArticleRevision
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public DateTime SavedAt { get; set; }
    public string? SavedById { get; set; }
    public string SavedByName { get; set; } = "";
    public bool IsAutosave { get; set; }

    public required string Headline { get; set; }
    public string? Standfirst { get; set; }
    public string BodyHtml { get; set; } = "";
    public required string Slug { get; set; }
    public string? DatelinePlace { get; set; }
    public string? SourceAttribution { get; set; }
    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }

    public static ArticleRevision Of(Article article, DateTime savedAt, string? savedById, string savedByName, bool isAutosave) => new()
    {
        ArticleId = article.Id,
        SavedAt = savedAt,
        SavedById = savedById,
        SavedByName = savedByName,
        IsAutosave = isAutosave,
        Headline = article.Headline,
        Standfirst = article.Standfirst,
        BodyHtml = article.BodyHtml,
        Slug = article.Slug,
        DatelinePlace = article.DatelinePlace,
        SourceAttribution = article.SourceAttribution,
        SeoTitle = article.SeoTitle,
        SeoDescription = article.SeoDescription,
    };
}
