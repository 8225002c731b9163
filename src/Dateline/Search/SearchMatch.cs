namespace Dateline.Search;

/// <summary>An article the engine found, and how well it matched (higher is better; comparable within one query only).</summary>
public sealed record SearchMatch(int ArticleId, double Score);
