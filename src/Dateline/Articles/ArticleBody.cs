using AngleSharp.Dom;
using Ganss.Xss;

namespace Dateline.Articles;

/// <summary>
/// The one gate every article and page body passes on its way into the database (editor, import, seeding):
/// the structure journalism needs survives, everything that could run, restyle the page or load from elsewhere
/// does not. Output encodes nothing further: what is stored is what readers get.
/// </summary>
public static partial class ArticleBody
{
    /// <summary>Bodies past this are refused with a clear message rather than cleaned: no article needs 2 MB of markup.</summary>
    public const int MaxLength = 2 * 1024 * 1024;

    /// <summary>Video and audio players that may be embedded, and nothing else. SecurityHeaders allows exactly these frames.</summary>
    public static readonly IReadOnlyList<string> EmbedOrigins =
        ["https://www.youtube-nocookie.com", "https://player.vimeo.com", "https://w.soundcloud.com", "https://www.dailymotion.com"];

    private static readonly HtmlSanitizer Sanitizer = Create();

    private static readonly HashSet<string> DropWhole =
        ["script", "style", "svg", "math", "template", "noscript", "object", "embed", "applet", "textarea", "select", "title", "head", "noembed", "noframes", "xmp"];

    /// <exception cref="ArgumentException">The body is longer than <see cref="MaxLength"/>.</exception>
    public static string Clean(string html)
    {
        if (html.Length > MaxLength)
        {
            throw new ArgumentException($"The body is {html.Length:N0} characters; the limit is {MaxLength:N0}.", nameof(html));
        }

        return Sanitizer.Sanitize(html).Trim();
    }

    /// <summary>The words of a stored (already clean) body, markup gone and entities decoded, for the search index.</summary>
    public static string PlainText(string html) =>
        Whitespace().Replace(System.Net.WebUtility.HtmlDecode(Markup().Replace(html, " ")), " ").Trim();

    [System.Text.RegularExpressions.GeneratedRegex("<[^>]*>")]
    private static partial System.Text.RegularExpressions.Regex Markup();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Whitespace();

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            // No h1: the headline is the page's only one. No style, class or id: the site's stylesheet decides the look,
            // and an id could collide with the page's own (#main, #comment).
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "sub", "sup", "small", "mark",
                "abbr", "cite", "q", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "figure", "figcaption", "img", "hr",
                "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "a", "span", "pre", "code", "time", "iframe",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "src", "alt", "title", "width", "height", "colspan", "rowspan", "scope", "datetime", "cite", "lang", "dir",
                "allowfullscreen", "start", "reversed",
            },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src", "cite" },
            AllowedCssProperties = new HashSet<string>(),
        });
        // An unknown wrapper (<h1>, <font>, <center>) is unwrapped and its text kept; code and foreign content go whole.
        sanitizer.KeepChildNodes = true;
        sanitizer.RemovingTag += (_, removing) =>
        {
            if (DropWhole.Contains(removing.Tag.LocalName))
            {
                removing.Tag.InnerHtml = "";
            }
        };
        sanitizer.FilterUrl += (_, url) =>
        {
            var tag = url.Tag.LocalName;
            if (tag == "img" && !IsMediaLibrary(url.OriginalUrl) || tag == "iframe" && !IsEmbed(url.OriginalUrl))
            {
                url.SanitizedUrl = null;
            }
        };
        sanitizer.PostProcessNode += (_, node) =>
        {
            if (node.Node is not IElement element)
            {
                return;
            }

            switch (element.LocalName)
            {
                case "img" or "iframe" when !element.HasAttribute("src"):
                    element.Remove();
                    break;
                case "iframe":
                    element.SetAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-presentation");
                    element.SetAttribute("loading", "lazy");
                    element.SetAttribute("referrerpolicy", "strict-origin-when-cross-origin");
                    break;
                case "img":
                    element.SetAttribute("loading", "lazy");
                    element.SetAttribute("decoding", "async");
                    break;
                case "a" when element.GetAttribute("href") is { } href && !href.StartsWith('/') && !href.StartsWith('#'):
                    element.SetAttribute("rel", "noopener");
                    break;
            }
        };
        return sanitizer;
    }

    // Images come from our own media library only: no hotlinking, no tracking pixels, no data: payloads.
    // Browsers read "%2e%2e" and "\" as "..", "/", so those count as climbing out too.
    private static bool IsMediaLibrary(string url) =>
        url.StartsWith("/media/", StringComparison.Ordinal) && !url.Contains("..") && !url.Contains('\\') &&
        !url.Contains("%2e", StringComparison.OrdinalIgnoreCase) && !url.Contains("%5c", StringComparison.OrdinalIgnoreCase);

    private static bool IsEmbed(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps &&
        EmbedOrigins.Contains(uri.GetLeftPart(UriPartial.Authority), StringComparer.OrdinalIgnoreCase);
}
