namespace Dateline.Search;

/// <summary>
/// Builds a PostgreSQL tsquery expression for a parsed query: SQL text that only this class writes, with every word
/// of the reader's a numbered parameter ({0}, {1}…) in <see cref="Values"/>. English articles are indexed with
/// stemming ('english') and all others word for word ('simple'), so each term matches either way.
/// </summary>
internal sealed class TsQuery
{
    private readonly List<object> values = [];

    public TsQuery(SearchQuery query)
    {
        // An English stop word ("the") is not in any English article's vector: it is left out rather than required.
        Required = string.Join(" && ", query.Clauses.Select(clause => "(" + string.Join(" || ", clause.Select(Term)) + ")"));
        Excluded = query.Excluded.Count == 0 ? null : string.Join(" || ", query.Excluded.Select(Term));
    }

    /// <summary>What every match must contain; an empty tsquery when only stop words were asked for.</summary>
    public string Required { get; }

    /// <summary>What no match may contain, or null.</summary>
    public string? Excluded { get; }

    /// <summary>The whole query, or NULL (which matches nothing) when nothing is required.</summary>
    public string Whole => $"CASE WHEN numnode({Required}) = 0 THEN NULL ELSE {Required}{(Excluded is null ? "" : $" && !!({Excluded})")} END";

    public IReadOnlyList<object> Values => values;

    /// <summary>A further parameter after the query's own, as its placeholder.</summary>
    public string Add(object value)
    {
        values.Add(value);
        return "{" + (values.Count - 1) + "}";
    }

    private string Term(SearchTerm term)
    {
        if (term.Kind == SearchTermKind.Prefix)
        {
            // Letters and digits only, joined by the operators written here: nothing to_tsquery could misread.
            var p = Add(string.Join(" <-> ", term.Words.SkipLast(1).Append(term.Words[^1] + ":*")));
            return $"(to_tsquery('english'::regconfig, {p}) || to_tsquery('simple'::regconfig, {p}))";
        }

        var parse = term.Kind == SearchTermKind.Phrase ? "phraseto_tsquery" : "plainto_tsquery";
        var text = Add(term.Text);
        var english = $"{parse}('english'::regconfig, {text})";
        return $"(CASE WHEN numnode({english}) = 0 THEN {english} ELSE {english} || {parse}('simple'::regconfig, {text}) END)";
    }
}
