namespace Dateline.Articles;

/// <summary>What a list shows of an article: enough for a card, read in one projected query.</summary>
public sealed record ArticleTeaser(
    int Id,
    string Slug,
    string Headline,
    string? Standfirst,
    DateTime PublishedAt,
    string SectionName,
    string SectionPath,
    string? ImagePath,
    string? ImageAlt,
    int ImageWidth,
    int ImageHeight)
{
    public string Url => Article.PathFor(PublishedAt, Slug);
    public string SectionUrl => "/category/" + SectionPath;
    public string? ImageUrl => ImagePath is null ? null : "/media/" + ImagePath;
}
