using Dateline.Articles;
using Dateline.Data;
using Dateline.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dateline.Search;

/// <summary>
/// A plain headline-and-standfirst match so the search box in every header leads somewhere.
/// Ranked full-text search on each provider's own engine replaces this query.
/// </summary>
public sealed class IndexModel(DatelineDb db, TimeProvider clock, IStringLocalizer<Labels> labels) : PageModel, IPageHead
{
    public const int MaxQueryLength = 200;
    public const int ScanLimit = 5000;

    public string Query { get; private set; } = "";
    public IReadOnlyList<ArticleTeaser> Results { get; private set; } = [];
    public Paging? Paging { get; private set; }

    public string? Title => Query.Length == 0 ? labels["Search"] : labels["Search: {0}", Query];
    public string? Description => null;
    public string? CanonicalPath => null;

    public async Task OnGetAsync(string? q, [FromQuery(Name = "page")] string? pageText, CancellationToken cancellationToken)
    {
        // Any string is safe here: it is only ever a bound parameter. Long input is cut, never refused.
        Query = (q ?? "").Replace("\0", "").Trim();
        if (Query.Length > MaxQueryLength)
        {
            Query = Query[..MaxQueryLength];
        }

        if (Query.Length == 0)
        {
            return;
        }

        // Until full-text search arrives, only the newest stories are scanned, so a miss costs the same on any archive.
        var term = Query.ToLowerInvariant();
        var query = db.Articles.AsNoTracking().Published(clock.GetUtcNow().UtcDateTime).NewestFirst().Take(ScanLimit)
            .Where(a => a.Headline.ToLower().Contains(term) || (a.Standfirst != null && a.Standfirst.ToLower().Contains(term)))
            .NewestFirst().ToTeasers();
        var basePath = "/search?q=" + Uri.EscapeDataString(Query);
        (Results, Paging) = await Paging.ReadAsync(query, basePath, Site.Paging.ParsePage(pageText) ?? 1, Paging.DefaultPageSize, cancellationToken);
    }
}
