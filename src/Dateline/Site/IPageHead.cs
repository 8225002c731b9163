using Dateline.Media;

namespace Dateline.Site;

/// <summary>
/// What a page tells the layout for its &lt;head&gt;: title, description, canonical path, and for search engines and
/// social networks its picture, its article facts and its structured data (all optional, so a page says only what it has).
/// </summary>
public interface IPageHead
{
    string? Title { get; }
    string? Description { get; }
    string? CanonicalPath { get; }

    /// <summary>The picture shown beside a link to this page (og:image, twitter:image).</summary>
    MediaItem? ShareImage => null;

    /// <summary>OpenGraph's article facts; a page with them is og:type "article", any other "website".</summary>
    OpenGraphArticle? SharedArticle => null;

    /// <summary>The same page in the site's other languages (hreflang), itself included; empty when it has none.</summary>
    IReadOnlyList<Editions.Translations.Version> Translations => [];

    /// <summary>The page's schema.org objects, each written by the layout as its own JSON-LD script.</summary>
    IEnumerable<object> StructuredData(SiteChrome.Frame site, string origin) => [];
}
