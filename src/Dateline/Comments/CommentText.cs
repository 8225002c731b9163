namespace Dateline.Comments;

/// <summary>Comment bodies are plain text: blank lines part paragraphs, single newlines are line breaks.</summary>
public static class CommentText
{
    public static IReadOnlyList<IReadOnlyList<string>> Paragraphs(string body) =>
        body.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => (IReadOnlyList<string>)p.Split('\n', StringSplitOptions.TrimEntries))
            .ToList();
}
