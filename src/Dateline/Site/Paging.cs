using Dateline.Articles;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>The next page's address when it is known by where this page ends (keyset); otherwise its number's.</summary>
    public string? NextUrl { get; init; }

    /// <summary>The query parameter that names the article a keyset page continues after.</summary>
    public const string Before = "before";

    public string UrlFor(int page) => page <= 1 ? BasePath : QueryHelpers.AddQueryString(BasePath, "page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Reads ?page=; anything that is not a page number from 1 to MaxPage is null (the caller answers 404).</summary>
    public static int? ParsePage(string? value) =>
        string.IsNullOrEmpty(value) ? 1
        : int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= MaxPage ? page
        : null;

    /// <summary>Reads ?before=: absent is null; anything but an article id is a malformed address (the caller answers 404).</summary>
    public static bool TryParseBefore(string? value, out int? before)
    {
        before = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            before = id;
            return true;
        }

        return false;
    }

    /// <summary>
    /// One page of a newest-first list of the articles published by <paramref name="now"/> (<paramref name="articles"/>
    /// filtered, but not yet by publication, nor ordered), read by keyset
    /// when the address says where the previous page ended (?before=the last article's id): then page 5,000 costs what
    /// page 1 costs, one index seek and twenty rows, however deep it is. The "Older" link always carries that key, so a
    /// reader paging back never pays for depth; an address with a page number alone (a bookmark, a crawler) is read by
    /// offset. A key naming an article not in this list (unpublished since, or made up) falls back to the offset too.
    /// </summary>
    public static async Task<(IReadOnlyList<ArticleTeaser> Items, Paging Paging)> ReadNewestAsync(
        IQueryable<Article> articles, DateTime now, string basePath, int page, int? before, CancellationToken cancellationToken)
    {
        var pageSize = DefaultPageSize;
        var published = articles.Published(now);
        var from = published;
        var skip = (page - 1) * pageSize;
        if (before is { } id
            && await published.Where(a => a.Id == id).Select(a => a.PublishedAt).FirstOrDefaultAsync(cancellationToken) is { } at)
        {
            // Newest first is (PublishedAt, Id) descending: what comes after the key is older, or as old with a lower id.
            // The first condition alone is the index range; the second only trims the articles sharing its instant. It
            // comes before "published by now": of two upper bounds SQLite ranges the index on the first it is given
            // and tests the other on every entry, and from now back to page 25,000 of a million is 500,000 entries.
            from = articles.Where(a => a.PublishedAt <= at && (a.PublishedAt < at || a.Id < id)).Published(now);
            skip = 0;
        }

        var rows = await from.NewestFirst().ToTeasers().Skip(skip).Take(pageSize + 1).ToListAsync(cancellationToken);
        var hasNext = rows.Count > pageSize;
        if (hasNext)
        {
            rows.RemoveAt(pageSize);
        }

        var paging = new Paging(basePath, page, pageSize, hasNext);
        return (rows, hasNext
            ? paging with { NextUrl = QueryHelpers.AddQueryString(paging.UrlFor(page + 1), Before, rows[^1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) }
            : paging);
    }

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
