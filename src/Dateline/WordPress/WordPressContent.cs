using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Dateline.Articles;

namespace Dateline.WordPress;

/// <summary>
/// Turns a WordPress post body into the HTML an article keeps: block comments go, the common shortcodes become plain
/// figures, players and links, classic (pre-block) bodies get their paragraphs the way wpautop would make them, and
/// pictures point at the media library when their file was copied, else become a link to where they were. The result
/// still passes <see cref="ArticleBody.Clean"/>, which has the last word.
/// </summary>
public static partial class WordPressContent
{
    /// <param name="localMedia">The library address of a picture by its old address, or null when it was not copied.</param>
    public static string ToHtml(string content, Func<string, string?> localMedia, Func<string, string?> mediaById)
    {
        var blocks = content.Contains("<!-- wp:", StringComparison.Ordinal);
        var html = BlockComment().Replace(content, "");
        html = Caption().Replace(html, m => Figure(m.Groups["inner"].Value));
        html = Gallery().Replace(html, m => GalleryFigure(Attributes(m.Groups["attrs"].Value), mediaById));
        html = Embed().Replace(html, m => Player(m.Groups["url"].Value.Trim()));
        html = Media().Replace(html, m => MediaLink(Attributes(m.Groups["attrs"].Value), m.Groups["inner"].Value));
        if (!blocks)
        {
            html = Paragraphs(html);
        }

        html = Image().Replace(html, m => Picture(m.Value, localMedia));
        return ArticleBody.Clean(html);
    }

    /// <summary>A comment's text as Dateline stores comments: plain text, paragraphs as blank lines.</summary>
    public static string CommentText(string html)
    {
        var text = LineBreak().Replace(html.Replace("\r\n", "\n"), "\n");
        text = ParagraphEnd().Replace(text, "\n\n");
        text = WebUtility.HtmlDecode(AnyTag().Replace(text, ""));
        return ManyBlankLines().Replace(text, "\n\n").Trim();
    }

    private static string Figure(string inner)
    {
        var image = LeadingImage().Match(inner);
        if (!image.Success)
        {
            return inner;
        }

        var caption = inner[(image.Index + image.Length)..].Trim();
        return $"<figure>{image.Value}{(caption.Length > 0 ? $"<figcaption>{caption}</figcaption>" : "")}</figure>";
    }

    private static string GalleryFigure(Dictionary<string, string> attrs, Func<string, string?> mediaById)
    {
        var images = attrs.GetValueOrDefault("ids", "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(mediaById).OfType<string>().Select(url => $"<img src=\"{WebUtility.HtmlEncode(url)}\" alt=\"\">").ToList();
        return images.Count == 0 ? "" : $"<figure>{string.Concat(images)}</figure>";
    }

    private static string MediaLink(Dictionary<string, string> attrs, string inner)
    {
        var url = attrs.GetValueOrDefault("src") ?? new[] { "mp4", "m4v", "webm", "ogv", "mp3", "m4a", "ogg", "wav", "flv" }
            .Select(attrs.GetValueOrDefault).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u)) ?? inner.Trim();
        return url.Length == 0 ? "" : Player(url);
    }

    /// <summary>A YouTube or Vimeo address becomes their privacy-minded player; anything else a plain link.</summary>
    private static string Player(string url)
    {
        url = WebUtility.HtmlDecode(url);
        var youtube = YouTube().Match(url);
        if (youtube.Success)
        {
            return $"<p><iframe src=\"https://www.youtube-nocookie.com/embed/{youtube.Groups["id"].Value}\" width=\"560\" height=\"315\" allowfullscreen></iframe></p>";
        }

        var vimeo = Vimeo().Match(url);
        if (vimeo.Success)
        {
            return $"<p><iframe src=\"https://player.vimeo.com/video/{vimeo.Groups["id"].Value}\" width=\"560\" height=\"315\" allowfullscreen></iframe></p>";
        }

        var shown = WebUtility.HtmlEncode(url);
        return $"<p><a href=\"{shown}\">{shown}</a></p>";
    }

    private static string Picture(string tag, Func<string, string?> localMedia)
    {
        var src = WebUtility.HtmlDecode(Attribute(tag, "src") ?? "");
        if (src.StartsWith("/media/", StringComparison.Ordinal))
        {
            return tag;
        }

        var alt = Attribute(tag, "alt") ?? "";
        if (localMedia(src) is { } local)
        {
            return $"<img src=\"{WebUtility.HtmlEncode(local)}\" alt=\"{alt}\">";
        }

        // Not in the library: the sanitizer would drop a remote picture, so the reader gets a link to where it still is.
        if (!Uri.TryCreate(src, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return alt;
        }

        var label = alt.Length > 0 ? alt : WebUtility.HtmlEncode(Path.GetFileName(uri.AbsolutePath));
        return $"<a href=\"{WebUtility.HtmlEncode(src)}\">{label}</a>";
    }

    /// <summary>wpautop's rule in short: text separated by a blank line is a paragraph, a single newline a line break.</summary>
    private static string Paragraphs(string html)
    {
        var text = html.Replace("\r\n", "\n").Replace('\r', '\n');
        var output = new StringBuilder(text.Length + 64);
        foreach (var piece in BlankLine().Split(text))
        {
            var trimmed = piece.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (OpensBlock().IsMatch(trimmed))
            {
                output.Append(trimmed).Append('\n');
            }
            else
            {
                output.Append("<p>").Append(trimmed.Replace("\n", "<br>\n")).Append("</p>\n");
            }
        }

        return output.ToString();
    }

    private static Dictionary<string, string> Attributes(string text) =>
        ShortcodeAttribute().Matches(text).ToDictionary(
            m => m.Groups["name"].Value.ToLowerInvariant(), m => m.Groups["value"].Value, StringComparer.OrdinalIgnoreCase) is var all
            ? all : [];

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"""\s{name}\s*=\s*(?:"(?<v>[^"]*)"|'(?<v>[^']*)'|(?<v>[^\s>]+))""", RegexOptions.IgnoreCase);
        return match.Success ? match.Groups["v"].Value : null;
    }

    [GeneratedRegex(@"<!--\s*/?wp:[^>]*?-->")]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"\[caption[^\]]*\](?<inner>.*?)\[/caption\]", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex(@"\[gallery(?<attrs>[^\]]*)\]", RegexOptions.IgnoreCase)]
    private static partial Regex Gallery();

    [GeneratedRegex(@"\[embed[^\]]*\](?<url>.*?)\[/embed\]", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Embed();

    [GeneratedRegex(@"\[(?<kind>video|audio)(?<attrs>[^\]]*)\](?:(?<inner>[^\[]*)\[/\k<kind>\])?", RegexOptions.IgnoreCase)]
    private static partial Regex Media();

    [GeneratedRegex("""(?<name>[a-z0-9_-]+)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s\]]+))""", RegexOptions.IgnoreCase)]
    private static partial Regex ShortcodeAttribute();

    [GeneratedRegex(@"^\s*(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingImage();

    [GeneratedRegex(@"<img\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Image();

    [GeneratedRegex(@"(?:youtube\.com/(?:watch\?(?:.*&)?v=|embed/|shorts/)|youtu\.be/)(?<id>[A-Za-z0-9_-]{6,20})", RegexOptions.IgnoreCase)]
    private static partial Regex YouTube();

    [GeneratedRegex(@"vimeo\.com/(?:video/)?(?<id>\d{3,12})", RegexOptions.IgnoreCase)]
    private static partial Regex Vimeo();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"^<(?:p|div|h[1-6]|ul|ol|li|dl|blockquote|table|figure|pre|hr|iframe|address|section|form)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpensBlock();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"</p\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphEnd();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ManyBlankLines();
}
