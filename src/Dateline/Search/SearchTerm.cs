namespace Dateline.Search;

/// <summary>
/// One thing a reader looks for, reduced to words of letters and digits only: nothing an engine could read as
/// syntax survives, so each engine may quote or parameterize the words as its own language needs.
/// </summary>
public sealed record SearchTerm(SearchTermKind Kind, IReadOnlyList<string> Words)
{
    /// <summary>The words with single spaces between them, as a phrase is written to both engines.</summary>
    public string Text => string.Join(' ', Words);

    public override string ToString() => Kind switch
    {
        SearchTermKind.Prefix => (Words.Count > 1 ? $"\"{Text}\"" : Text) + "*",
        SearchTermKind.Phrase => $"\"{Text}\"",
        _ => Text,
    };
}
