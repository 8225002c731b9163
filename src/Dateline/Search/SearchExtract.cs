namespace Dateline.Search;

/// <summary>Marked extracts of one found article, from which the page picks the snippet a reader sees.</summary>
public sealed record SearchExtract(int ArticleId, string? Standfirst, string? Body)
{
    /// <summary>The body where the words matched there; else the standfirst where they did; else the body's opening.</summary>
    public string Snippet => Marked(Body) ? Body! : Marked(Standfirst) ? Standfirst! : Body ?? "";

    private static bool Marked(string? text) => text is not null && text.Contains(Search.Snippet.Start);
}
