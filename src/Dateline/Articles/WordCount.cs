namespace Dateline.Articles;

/// <summary>Words and reading time of a body, counted the same way as the editor's script (whitespace-separated, any script).</summary>
public static class WordCount
{
    public const int WordsPerMinute = 230;

    public static int Of(string? html) =>
        ArticleBody.PlainText(html ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    public static int MinutesToRead(int words) => Math.Max(1, (int)Math.Ceiling(words / (double)WordsPerMinute));

    public static string Describe(string? html)
    {
        var words = Of(html);
        return $"{words:N0} {(words == 1 ? "word" : "words")} · {MinutesToRead(words)} min read";
    }
}
