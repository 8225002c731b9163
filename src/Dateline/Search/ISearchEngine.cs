namespace Dateline.Search;

/// <summary>
/// Full-text search on the database's own engine: FTS5 on SQLite, tsvector on PostgreSQL. It only finds and
/// highlights; which articles a reader may see, filters and paging are LINQ over its matches (see Index).
/// </summary>
public interface ISearchEngine
{
    /// <summary>
    /// The articles whose words match, with their relevance (higher is better); compose it with Articles by id. With
    /// <paramref name="newest"/>, only that many, the most recently filed (highest ids): the index reads and ranks no
    /// more than those, however many articles in the archive match.
    /// </summary>
    IQueryable<SearchMatch> Match(SearchQuery query, int? newest = null);

    /// <summary>Extracts of the standfirst and body of these articles, matches marked with <see cref="Snippet.Start"/> and <see cref="Snippet.End"/>.</summary>
    Task<IReadOnlyList<SearchExtract>> ExtractsAsync(SearchQuery query, IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken);
}
