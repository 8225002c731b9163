using System.Net;
using System.Text.RegularExpressions;

namespace Dateline.Articles;

/// <summary>Plain-text teasers cut from stored article HTML.</summary>
public static partial class Excerpt
{
    /// <summary>The first <paramref name="words"/> words of the text in <paramref name="html"/>, ending in an ellipsis.</summary>
    public static string FromHtml(string html, int words = 30)
    {
        var text = WebUtility.HtmlDecode(Tags().Replace(html, " "));
        var parts = text.Split((char[]?)null, words + 1, StringSplitOptions.RemoveEmptyEntries);
        var kept = string.Join(' ', parts.Take(words)).TrimEnd('.', ',', ';', ':', ' ');
        return kept.Length == 0 ? "" : kept + "…";
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
