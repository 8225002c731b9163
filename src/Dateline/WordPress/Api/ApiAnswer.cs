using System.Text.Json.Nodes;

namespace Dateline.WordPress.Api;

/// <summary>What a resource answers: one object or a page of them, and for a page the total WordPress puts in X-WP-Total.</summary>
public sealed record ApiAnswer(JsonNode Body, ApiPage? Page = null);

/// <summary>Where a page of a collection sits: WordPress's X-WP-Total, X-WP-TotalPages and Link rel=prev/next.</summary>
public sealed record ApiPage(int Total, int PerPage, int Number)
{
    public int TotalPages => PerPage == 0 ? 0 : (Total + PerPage - 1) / PerPage;
}
