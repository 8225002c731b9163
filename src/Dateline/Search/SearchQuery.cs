namespace Dateline.Search;

/// <summary>
/// What a reader typed, parsed once for both engines: every clause must match (a clause is one term or several
/// joined by OR), and no excluded term may. Built by <see cref="Parse"/>, which never fails on any input.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<IReadOnlyList<SearchTerm>> Clauses, IReadOnlyList<SearchTerm> Excluded, bool WasShortened)
{
    /// <summary>Longer input is cut before parsing, so ten kilobytes cost what 256 characters do.</summary>
    public const int MaxLength = 256;

    /// <summary>Terms beyond this many (alternatives and exclusions counted) are dropped; each one costs the engines a lookup.</summary>
    public const int MaxTerms = 16;

    public static readonly SearchQuery Nothing = new([], [], false);

    /// <summary>True when nothing is left to look for: the engines are not asked and the reader sees no results.</summary>
    public bool IsEmpty => Clauses.Count == 0;

    public static SearchQuery Parse(string? text) => SearchQueryParser.Parse(text);

    public override string ToString()
    {
        var clauses = Clauses.Select(c => string.Join(" OR ", c));
        return string.Join(' ', clauses.Concat(Excluded.Select(t => "-" + t)));
    }
}
