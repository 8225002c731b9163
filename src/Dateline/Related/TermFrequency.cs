namespace Dateline.Related;

/// <summary>How many published articles carry a term: the rarer a shared term, the more it says two articles are related.</summary>
public sealed class TermFrequency
{
    /// <summary>The row whose count is the number of articles indexed at all.</summary>
    public const string AllArticles = "";

    public required string Term { get; set; }
    public int Articles { get; set; }
}
