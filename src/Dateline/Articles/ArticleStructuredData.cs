using Dateline.Sections;
using Dateline.Site;

namespace Dateline.Articles;

/// <summary>
/// The article as schema.org JSON-LD, for search engines and aggregators: a NewsArticle (headline, dates, authors,
/// picture, dateline, section, tags, source and every correction) and a BreadcrumbList that repeats the visible one.
/// </summary>
public static class ArticleStructuredData
{
    public static Dictionary<string, object?> For(Article article, SiteChrome.Frame site, string origin)
    {
        var url = origin + article.Path;
        var image = article.SocialImage ?? article.FeaturedImage;
        return new Dictionary<string, object?>
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
            ["locationCreated"] = article.DatelinePlace is { Length: > 0 } place ? new Dictionary<string, object?> { ["@type"] = "Place", ["name"] = place } : null,
            ["articleSection"] = article.PrimarySection?.Name,
            ["keywords"] = article.Tags.Count > 0 ? article.Tags.Select(t => t.Name).ToList() : null,
            ["image"] = image is null ? null : new[] { JsonLd.Image(image, origin) },
            ["author"] = article.Bylines.Select(b => new Dictionary<string, object?>
            {
                ["@type"] = "Person", ["name"] = b.Author.Name, ["url"] = origin + b.Author.Url,
            }).ToList(),
            ["publisher"] = JsonLd.Publisher(site, origin),
            ["sourceOrganization"] = SourceName(article.SourceAttribution) is { } source
                ? new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = source } : null,
            ["correction"] = article.Corrections.Count == 0 ? null : article.Corrections.Select(c => new Dictionary<string, object?>
            {
                ["@type"] = "CorrectionComment", ["text"] = c.Text, ["datePublished"] = ReaderTime.Machine(c.PublishedAt),
            }).ToList(),
        };
    }

    /// <summary>The breadcrumb as the page shows it: the home label, the section trail, the headline.</summary>
    public static Dictionary<string, object?> Breadcrumb(Article article, IReadOnlyList<Section> trail, string homeLabel, string origin) =>
        JsonLd.Breadcrumb([(homeLabel, "/"), .. trail.Select(s => (s.Name, s.Url)), (article.Headline, article.Path)], origin);

    /// <summary>The organisation named by the attribution line: "(The Frontier Ledger)" is The Frontier Ledger.</summary>
    public static string? SourceName(string? attribution) =>
        attribution?.Trim().TrimStart('(', '[').TrimEnd(')', ']').Trim() is { Length: > 0 } name ? name : null;
}
