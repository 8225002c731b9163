using System.Text.Json;
using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Search;

/// <summary>
/// Search on SQLite's FTS5 table "ArticleSearch" (kept in step with Articles by triggers). The reader's words reach
/// FTS5 only as one bound MATCH string in which every term is a double-quoted string, so none is read as an operator.
/// </summary>
public sealed class SqliteSearchEngine(SqliteDatelineDb db) : ISearchEngine
{
    // Snippet sizes are in tokens; FTS5 allows at most 64.
    private const int SnippetTokens = 32;

    public IQueryable<SearchMatch> Match(SearchQuery query, int? newest = null) => Expression(query) is not { } expression
        ? db.Database.SqlQuery<SearchMatch>($"""SELECT "Id" AS "ArticleId", 0.0 AS "Score" FROM "Articles" WHERE 0""")
        // bm25 is lower for better matches; a headline hit weighs ten times a body hit, a standfirst hit five. A LIMIT
        // keeps SQLite from merging this into the caller's join: merged, it walks every published article and asks
        // FTS5 about each one; kept apart, FTS5 reads its index once ("LIMIT -1" is no limit). FTS5 reads its index in
        // rowid order, so the newest N stop it after N rows, and bm25 is worked out for those alone.
        : newest is { } limit
            ? db.Database.SqlQuery<SearchMatch>($"""
                SELECT rowid AS "ArticleId", -bm25("ArticleSearch", 10.0, 5.0, 1.0) AS "Score"
                FROM "ArticleSearch" WHERE "ArticleSearch" MATCH {expression} ORDER BY rowid DESC LIMIT {limit}
                """)
            : db.Database.SqlQuery<SearchMatch>($"""
                SELECT rowid AS "ArticleId", -bm25("ArticleSearch", 10.0, 5.0, 1.0) AS "Score"
                FROM "ArticleSearch" WHERE "ArticleSearch" MATCH {expression} LIMIT -1
                """);

    public async Task<IReadOnlyList<SearchExtract>> ExtractsAsync(SearchQuery query, IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        if (Expression(query) is not { } expression || articleIds.Count == 0)
        {
            return [];
        }

        var start = Snippet.Start.ToString();
        var end = Snippet.End.ToString();
        return await db.Database.SqlQuery<SearchExtract>($"""
            SELECT rowid AS "ArticleId",
                snippet("ArticleSearch", 1, {start}, {end}, '…', {SnippetTokens}) AS "Standfirst",
                snippet("ArticleSearch", 2, {start}, {end}, '…', {SnippetTokens}) AS "Body"
            FROM "ArticleSearch"
            WHERE "ArticleSearch" MATCH {expression} AND rowid IN (SELECT value FROM json_each({JsonSerializer.Serialize(articleIds)}))
            """).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The FTS5 query for <paramref name="query"/>: each term a quoted string (a prefix followed by *), alternatives
    /// joined by OR, clauses by AND, exclusions after NOT; null when nothing is left to look for. Terms hold only
    /// letters and digits; quotes are doubled anyway. An English stop word alone is not required, as on PostgreSQL.
    /// </summary>
    public static string? Expression(SearchQuery query)
    {
        var clauses = query.Clauses.Select(clause => clause.Where(term => !IsStopWord(term)).ToList()).Where(clause => clause.Count > 0).ToList();
        if (clauses.Count == 0)
        {
            return null;
        }

        var required = string.Join(" AND ", clauses.Select(clause => "(" + string.Join(" OR ", clause.Select(Quoted)) + ")"));
        var excluded = query.Excluded.Where(term => !IsStopWord(term)).ToList();
        return excluded.Count == 0 ? required : $"({required}) NOT ({string.Join(" OR ", excluded.Select(Quoted))})";
    }

    private static bool IsStopWord(SearchTerm term) => term.Kind == SearchTermKind.Word && EnglishStopWords.Contains(term.Text);

    private static string Quoted(SearchTerm term) =>
        "\"" + term.Text.Replace("\"", "\"\"") + "\"" + (term.Kind == SearchTermKind.Prefix ? "*" : "");
}
