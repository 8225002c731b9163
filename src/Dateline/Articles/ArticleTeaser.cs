using Dateline.Media;

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
    int ImageHeight,
    string? ImageRenditions)
{
    public string Url => Article.PathFor(PublishedAt, Slug);
    public string SectionUrl => "/category/" + SectionPath;
    public string? ImageUrl => ImagePath is null ? null : "/media/" + ImagePath;

    /// <summary>The featured image for _Picture, decorative (empty alt) because the headline sits beside it.</summary>
    public Picture? ImagePicture(string sizes, bool aboveTheFold = false) =>
        ImagePath is null ? null : new Picture(ImagePath, ImageRenditions, ImageWidth, ImageHeight, "", sizes, aboveTheFold);
}
