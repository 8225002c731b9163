using System.Text.Json;
using System.Text.Json.Serialization;
using Dateline.Site;

namespace Dateline.Articles;

/// <summary>
/// The article as schema.org NewsArticle JSON-LD, for search engines and aggregators: headline, dates, authors, picture,
/// dateline, section, tags and every correction. The serializer escapes '&lt;', so the text cannot close the script element.
/// </summary>
public static class ArticleStructuredData
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static string For(Article article, string siteName, string origin)
    {
        var url = origin + article.Path;
        var image = article.SocialImage ?? article.FeaturedImage;
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Headline,
            ["description"] = article.SeoDescription ?? article.Standfirst,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["inLanguage"] = article.Language,
            ["datePublished"] = article.PublishedAt is { } published ? ReaderTime.Machine(published) : null,
            ["dateModified"] = ReaderTime.Machine(article.UpdatedAt ?? article.PublishedAt ?? article.CreatedAt),
            ["dateline"] = article.DatelinePlace,
            ["articleSection"] = article.PrimarySection?.Name,
            ["keywords"] = article.Tags.Count > 0 ? article.Tags.Select(t => t.Name).ToList() : null,
            ["image"] = image is null ? null : new[] { origin + image.Url },
            ["author"] = article.Bylines.Select(b => new Dictionary<string, object?>
            {
                ["@type"] = "Person", ["name"] = b.Author.Name, ["url"] = origin + b.Author.Url,
            }).ToList(),
            ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = siteName, ["url"] = origin + "/" },
            ["correction"] = article.Corrections.Count == 0 ? null : article.Corrections.Select(c => new Dictionary<string, object?>
            {
                ["@type"] = "CorrectionComment", ["text"] = c.Text, ["datePublished"] = ReaderTime.Machine(c.PublishedAt),
            }).ToList(),
        };
        return JsonSerializer.Serialize(data, Json);
    }
}
