namespace Dateline.Articles;

/// <summary>Plain-text teasers cut from stored article HTML.</summary>
public static class Excerpt
{
    /// <summary>The first <paramref name="words"/> words of the text in <paramref name="html"/>, ending in an ellipsis.</summary>
    public static string FromHtml(string html, int words = 30) => FromText(ArticleBody.PlainText(html), words);

    /// <summary>The same for text that is already plain (Article.BodyText): nothing in it is taken for markup.</summary>
    public static string FromText(string text, int words = 30)
    {
        var parts = text.Split((char[]?)null, words + 1, StringSplitOptions.RemoveEmptyEntries);
        var kept = string.Join(' ', parts.Take(words)).TrimEnd('.', ',', ';', ':', ' ');
        return kept.Length == 0 ? "" : kept + "…";
    }
}
