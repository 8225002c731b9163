using System.Text.RegularExpressions;

namespace Dateline.Feeds;

/// <summary>
/// A feed is read away from the site, where "/media/…" means nothing: links and images in the body are made absolute.
/// The body is sanitized HTML with quoted attributes, so attribute values are all that need looking at.
/// </summary>
public static partial class AbsoluteLinks
{
    public static string In(string html, string root) =>
        SrcSet().Replace(Local().Replace(html, m => $"{m.Groups[1].Value}=\"{root}/"), m =>
            $"srcset=\"{LocalCandidate().Replace(m.Groups[1].Value, c => c.Groups[1].Value + root + "/")}\"");

    [GeneratedRegex("""\b(href|src)="/(?![/\\])""", RegexOptions.IgnoreCase)]
    private static partial Regex Local();

    [GeneratedRegex("\\bsrcset=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex SrcSet();

    [GeneratedRegex("""(^|,\s*)/(?![/\\])""")]
    private static partial Regex LocalCandidate();
}
