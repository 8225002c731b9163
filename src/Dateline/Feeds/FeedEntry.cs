using Dateline.Articles;
using Dateline.Site;

namespace Dateline.Feeds;

/// <summary>One article as every feed format carries it, with addresses already absolute.</summary>
public sealed record FeedEntry(
    string Url,
    string Headline,
    string Summary,
    string BodyHtml,
    DateTime Published,
    DateTime Modified,
    IReadOnlyList<FeedEntry.Person> Authors,
    IReadOnlyList<string> Categories,
    FeedEntry.Image? Picture)
{
    public sealed record Person(string Name, string Url);

    public sealed record Image(string Url, string ContentType, int Width, int Height, string AltText);

    /// <param name="article">Loaded with its bylines' authors, sections, tags and featured image.</param>
    public static FeedEntry From(Article article, string root)
    {
        var published = Utc(article.PublishedAt ?? article.CreatedAt);
        var updated = article.UpdatedAt is { } u && Utc(u) > published ? Utc(u) : published;
        var sections = article.Sections.OrderBy(s => s.Id != article.PrimarySectionId).ThenBy(s => s.Name).Select(s => s.Name);
        return new FeedEntry(
            Absolute(root, article.Path),
            XmlText.Clean(article.Headline),
            XmlText.Clean(string.IsNullOrWhiteSpace(article.Standfirst) ? Excerpt.FromHtml(article.BodyHtml) : article.Standfirst),
            XmlText.Clean(AbsoluteLinks.In(DatelineOpening.Insert(article.BodyHtml, article.DatelinePlace), root)),
            published,
            updated,
            article.Bylines.OrderBy(b => b.Position).Select(b => new Person(XmlText.Clean(b.Author.Name), Absolute(root, b.Author.Url))).ToList(),
            sections.Concat(article.Tags.OrderBy(t => t.Name).Select(t => t.Name)).Select(XmlText.Clean).Distinct().ToList(),
            article.FeaturedImage is { } image
                ? new Image(Absolute(root, image.Url), image.ContentType, image.Width, image.Height, XmlText.Clean(image.AltText))
                : null);
    }

    /// <summary>A path on this site as an absolute, percent-encoded address (slugs may be in Dari or Pashto).</summary>
    public static string Absolute(string root, string path) => root + LocalUrl.ForHeader(path);

    /// <summary>SQLite hands back times without a kind; everything stored is UTC.</summary>
    public static DateTime Utc(DateTime time) => DateTime.SpecifyKind(time, DateTimeKind.Utc);
}
