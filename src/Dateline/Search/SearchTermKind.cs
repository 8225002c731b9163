namespace Dateline.Search;

public enum SearchTermKind
{
    /// <summary>One word, matched in any form its language's stemming allows.</summary>
    Word,

    /// <summary>Words that must stand together, in this order.</summary>
    Phrase,

    /// <summary>Words that must stand together, the last one only the start of a word ("recons*").</summary>
    Prefix,
}
