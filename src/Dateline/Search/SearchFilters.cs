using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Dateline.Search;

/// <summary>
/// The narrowing a reader chose on /search, read from the address. Nothing here fails: an unreadable date is
/// dropped (and named in <see cref="IgnoredDates"/> for the page to say so), anything else unknown means "any".
/// </summary>
public sealed record SearchFilters(string? Section, string? Author, DateOnly? From, DateOnly? To, SearchOrder Order, int PageSize)
{
    public const int DefaultPageSize = 10;
    public const int LargePageSize = 20;

    public IReadOnlyList<string> IgnoredDates { get; init; } = [];

    /// <summary>Whether any filter narrows the articles searched (the order and page size do not).</summary>
    public bool Narrows => Section is not null || Author is not null || From is not null || To is not null;

    public static SearchFilters Read(string? section, string? author, string? from, string? to, string? sort, string? per)
    {
        var ignored = new List<string>();
        var start = DateOf(from, ignored);
        var end = DateOf(to, ignored);
        if (start > end)
        {
            (start, end) = (end, start);
        }

        return new SearchFilters(
            Clean(section)?.Trim('/').ToLowerInvariant(),
            Clean(author)?.ToLowerInvariant(),
            start,
            end,
            string.Equals(sort, "newest", StringComparison.OrdinalIgnoreCase) ? SearchOrder.Newest : SearchOrder.Relevance,
            per == "20" ? LargePageSize : DefaultPageSize)
        {
            IgnoredDates = ignored,
        };
    }

    /// <summary>The /search address for <paramref name="query"/> with these filters, to which paging adds ?page=.</summary>
    public string PathFor(string query)
    {
        var parameters = new List<KeyValuePair<string, string?>> { new("q", query) };
        Add("section", Section);
        Add("author", Author);
        Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("sort", Order == SearchOrder.Newest ? "newest" : null);
        Add("per", PageSize == DefaultPageSize ? null : PageSize.ToString(CultureInfo.InvariantCulture));
        return QueryHelpers.AddQueryString("/search", parameters);

        void Add(string key, string? value)
        {
            if (value is not null)
            {
                parameters.Add(new(key, value));
            }
        }
    }

    private static DateOnly? DateOf(string? text, List<string> ignored)
    {
        if (Clean(text) is not { } value)
        {
            return null;
        }

        // Years at the ends of the calendar are refused: a time-zone shift of them would not fit in a DateTime.
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is > 1 and < 9999)
        {
            return date;
        }

        ignored.Add(value.Length > 40 ? value[..40] + "…" : value);
        return null;
    }

    // A value longer than any slug or date is not one; it is treated as absent rather than looked up.
    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) || value.Length > 1000 ? null : value.Replace("\0", "").Trim();
}
