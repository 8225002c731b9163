using System.Runtime.CompilerServices;
using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Search;

/// <summary>
/// Search on PostgreSQL's generated tsvector column (GIN-indexed, weights A headline, B standfirst, C body).
/// The tsquery is built in SQL from bound parameters (see TsQuery); no word of the reader's is ever SQL text.
/// </summary>
public sealed class PostgresSearchEngine(PostgresDatelineDb db) : ISearchEngine
{
    // ts_rank_cd weights for D, C, B, A: body, standfirst and headline as 1 : 5 : 10, as on SQLite.
    private static readonly float[] Weights = [0.1f, 0.1f, 0.5f, 1.0f];

    private static readonly string Options =
        $"StartSel=\"{Snippet.Start}\", StopSel=\"{Snippet.End}\", MinWords=15, MaxWords=35, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";

    private const string Language =
        """CASE WHEN a."Language" = 'en' OR a."Language" LIKE 'en-%' THEN 'english'::regconfig ELSE 'simple'::regconfig END""";

    // Extracts are cut from the folded text the index read (as on SQLite), so the words found are the words marked.
    private static readonly string FoldedStandfirst = ArabicScript.PostgresSql("a.\"Standfirst\"");
    private static readonly string FoldedBody = ArabicScript.PostgresSql("a.\"BodyText\"");

    public IQueryable<SearchMatch> Match(SearchQuery query, int? newest = null)
    {
        if (query.IsEmpty)
        {
            return db.Database.SqlQuery<SearchMatch>($"""SELECT "Id" AS "ArticleId", 0.0::double precision AS "Score" FROM "Articles" WHERE false""");
        }

        var tsquery = new TsQuery(query);
        var weights = tsquery.Add(Weights);
        // With a limit, the newest matches are chosen first and only they are ranked: ts_rank_cd reads each article's
        // whole vector, the costly part of a search that matches much of the archive.
        var newestOnly = newest is { } count ? $"ORDER BY a.\"Id\" DESC LIMIT {tsquery.Add(count)}" : "";
        return db.Database.SqlQuery<SearchMatch>(FormattableStringFactory.Create($"""
            SELECT m."Id" AS "ArticleId", ts_rank_cd({weights}::real[], m."{PostgresDatelineDb.SearchVector}", m.q)::double precision AS "Score"
            FROM (
                SELECT a."Id", a."{PostgresDatelineDb.SearchVector}", s.q
                FROM "Articles" AS a, (SELECT {tsquery.Whole} AS q) AS s
                WHERE a."{PostgresDatelineDb.SearchVector}" @@ s.q
                {newestOnly}
            ) AS m
            """, [.. tsquery.Values]));
    }

    public async Task<IReadOnlyList<SearchExtract>> ExtractsAsync(SearchQuery query, IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        if (query.IsEmpty || articleIds.Count == 0)
        {
            return [];
        }

        // Only what was looked for is marked: excluded words are not in these articles anyway.
        var tsquery = new TsQuery(query);
        var options = tsquery.Add(Options);
        var ids = tsquery.Add(articleIds.ToArray());
        return await db.Database.SqlQuery<SearchExtract>(FormattableStringFactory.Create($"""
            SELECT a."Id" AS "ArticleId",
                ts_headline({Language}, {FoldedStandfirst}, s.q, {options}) AS "Standfirst",
                ts_headline({Language}, {FoldedBody}, s.q, {options}) AS "Body"
            FROM "Articles" AS a, (SELECT {tsquery.Required} AS q) AS s
            WHERE a."Id" = ANY({ids})
            """, [.. tsquery.Values])).ToListAsync(cancellationToken);
    }
}
