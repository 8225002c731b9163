using System.Text.RegularExpressions;

namespace Dateline.Articles;

/// <summary>Words and reading time of a body, counted the same way as the editor's script (whitespace-separated, any script).</summary>
public static partial class WordCount
{
    public const int WordsPerMinute = 230;

    public static int Of(string? html) =>
        Whitespace().Split(System.Net.WebUtility.HtmlDecode(Tag().Replace(html ?? "", " "))).Count(w => w.Length > 0);

    public static int MinutesToRead(int words) => Math.Max(1, (int)Math.Ceiling(words / (double)WordsPerMinute));

    public static string Describe(string? html)
    {
        var words = Of(html);
        return $"{words:N0} {(words == 1 ? "word" : "words")} · {MinutesToRead(words)} min read";
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
