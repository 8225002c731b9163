using System.Text.RegularExpressions;

namespace Dateline.Comments;

/// <summary>
/// Comment bodies are plain text: blank lines part paragraphs, single newlines are line breaks, web addresses become
/// links (rel="nofollow ugc"), and everything else is encoded by the view. Commenter HTML is never rendered.
/// </summary>
public static partial class CommentText
{
    /// <summary>A run of a line: plain text, or an http(s) address to link.</summary>
    public sealed record Part(string Text, bool IsLink);

    /// <summary>Splits a line into text and links; punctuation that ends a sentence stays outside the link.</summary>
    public static IEnumerable<Part> Parts(string line)
    {
        var at = 0;
        foreach (Match match in Address().Matches(line))
        {
            var url = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '\'', '"');
            if (url.Length == 0 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                continue;
            }

            if (match.Index > at)
            {
                yield return new Part(line[at..match.Index], false);
            }

            yield return new Part(url, true);
            at = match.Index + url.Length;
        }

        if (at < line.Length)
        {
            yield return new Part(line[at..], false);
        }
    }

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    public static IReadOnlyList<IReadOnlyList<string>> Paragraphs(string body) =>
        body.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => (IReadOnlyList<string>)p.Split('\n', StringSplitOptions.TrimEntries))
            .ToList();
}
