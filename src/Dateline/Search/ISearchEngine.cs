namespace Dateline.Search;

/// <summary>
/// Full-text search on the database's own engine: FTS5 on SQLite, tsvector on PostgreSQL. It only finds and
/// highlights; which articles a reader may see, filters and paging are LINQ over its matches (see Index).
/// </summary>
public interface ISearchEngine
{
    /// <summary>Every article whose words match, with its relevance (higher is better); compose it with Articles by id.</summary>
    IQueryable<SearchMatch> Match(SearchQuery query);

    /// <summary>Extracts of the standfirst and body of these articles, matches marked with <see cref="Snippet.Start"/> and <see cref="Snippet.End"/>.</summary>
    Task<IReadOnlyList<SearchExtract>> ExtractsAsync(SearchQuery query, IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken);
}
