using Microsoft.EntityFrameworkCore;

namespace Dateline.WordPress.Api;

/// <summary>One page of a collection: a count, then the page; both from the same filtered query.</summary>
internal static class ApiPaging
{
    /// <param name="pastEndCode">WordPress's code for a page past the last one; null where WordPress answers an empty list.</param>
    public static async Task<(List<T> Items, ApiPage Page)> ReadAsync<T>(
        IQueryable<T> filtered, Func<IQueryable<T>, IQueryable<T>> order, ApiQuery query, string? pastEndCode, CancellationToken cancellationToken)
    {
        var page = query.Page();
        var perPage = query.PerPage();
        var offset = query.Has("offset") ? query.Integer("offset", 0, 0, int.MaxValue) : (int?)null;
        query.ThrowIfInvalid();
        var total = await filtered.CountAsync(cancellationToken);
        if (pastEndCode is not null && offset is null && total > 0 && page > (total + perPage - 1) / perPage)
        {
            throw new ApiError(pastEndCode, "The page number is past the last page.", StatusCodes.Status400BadRequest);
        }

        var skip = offset ?? (int)Math.Min(int.MaxValue, (long)(page - 1) * perPage);
        var items = await order(filtered).Skip(skip).Take(perPage).ToListAsync(cancellationToken);
        return (items, new ApiPage(total, perPage, page));
    }

    /// <summary>Puts rows in the order of an include (or slug) list, as orderby=include asks.</summary>
    public static List<T> InListOrder<T, TKey>(IEnumerable<T> rows, IReadOnlyList<TKey> list, Func<T, TKey> key) where TKey : notnull
    {
        var positions = list.Select((k, i) => (k, i)).GroupBy(p => p.k).ToDictionary(g => g.Key, g => g.First().i);
        return rows.OrderBy(r => positions.TryGetValue(key(r), out var i) ? i : int.MaxValue).ToList();
    }
}
