using Microsoft.AspNetCore.WebUtilities;

namespace Dateline.Site;

/// <summary>One page of a newest-first list. Written once, used by every list page.</summary>
public sealed record Paging(string BasePath, int Page, int PageSize, bool HasNext)
{
    public const int DefaultPageSize = 20;
    public const int MaxPage = 10_000;

    public bool HasPrevious => Page > 1;

    /// <summary>Label keys of the links to the neighbouring pages; a list not in date order (search by relevance) names them otherwise.</summary>
    public string PreviousLabel { get; init; } = "Newer stories";

    public string NextLabel { get; init; } = "Older stories";

    public string UrlFor(int page) => page <= 1 ? BasePath : QueryHelpers.AddQueryString(BasePath, "page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Reads ?page=; anything that is not a page number from 1 to MaxPage is null (the caller answers 404).</summary>
    public static int? ParsePage(string? value) =>
        string.IsNullOrEmpty(value) ? 1
        : int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= MaxPage ? page
        : null;

    /// <summary>Takes one row more than a page holds to learn whether there is a next page, without counting.</summary>
    public static async Task<(IReadOnlyList<T> Items, Paging Paging)> ReadAsync<T>(
        IQueryable<T> query, string basePath, int page, int pageSize, CancellationToken cancellationToken)
    {
        var rows = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            query.Skip((page - 1) * pageSize).Take(pageSize + 1), cancellationToken);
        var hasNext = rows.Count > pageSize;
        if (hasNext)
        {
            rows.RemoveAt(pageSize);
        }

        return (rows, new Paging(basePath, page, pageSize, hasNext));
    }
}
