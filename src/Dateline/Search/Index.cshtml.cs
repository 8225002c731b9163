using Dateline.Caching;
using Dateline.Editions;
using Dateline.Articles;
using Dateline.Data;
using Dateline.Sections;
using Dateline.Site;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dateline.Search;

/// <summary>Ranked full-text search of published articles, narrowed by section, author and dates.</summary>
[OutputCache(PolicyName = ReaderCache.Pages)]
public sealed class IndexModel(DatelineDb db, ISearchEngine engine, SiteChrome chrome, TimeProvider clock, IStringLocalizer<Labels> labels)
    : PageModel, IPageHead
{
    public const int MaxQueryLength = 200;

    /// <summary>Every page of a ranked list sorts all matches again; nobody reads this deep, so nobody may make us.</summary>
    public const int MaxPage = 50;

    /// <summary>
    /// A search with no filter reads and ranks the newest this many matches, however many the archive holds: a word
    /// in one article in ten would otherwise rank a hundred thousand of a million. That is fifty pages of ten, every
    /// page a reader may ask for (twenty-five of twenty). A filtered search reads every match, as the ones it wants
    /// may be older.
    /// </summary>
    public const int NewestMatches = MaxPage * SearchFilters.DefaultPageSize;

    public string Query { get; private set; } = "";
    public SearchFilters Filters { get; private set; } = SearchFilters.Read(null, null, null, null, null, null);
    public SearchChoices Choices { get; private set; } = new([], []);
    public IReadOnlyList<string> Notes => notes;
    public int Count { get; private set; }

    /// <summary>True when more articles match than the newest ones read (<see cref="NewestMatches"/>): the count is then "more than".</summary>
    public bool CountIsLowerBound { get; private set; }
    public IReadOnlyList<Result> Results { get; private set; } = [];
    public Paging? Paging { get; private set; }

    public string? Title => Query.Length == 0 ? labels["Search"] : labels["Search: {0}", Query];
    public string? Description => null;
    public string? CanonicalPath => null;

    private readonly List<string> notes = [];

    public sealed record Result(ArticleTeaser Article, IHtmlContent Snippet);

    public async Task<IActionResult> OnGetAsync(
        string? q, string? section, string? author, string? from, string? to, string? sort, string? per,
        [FromQuery(Name = "page")] string? pageText, CancellationToken cancellationToken)
    {
        if (Paging.ParsePage(pageText) is not { } page || page > MaxPage)
        {
            return NotFound();
        }

        // Results change with any article's words, and the filter lists with any section or author.
        HttpContext.ShowsInCache(CacheTags.Search);

        // Any string is safe here: the parser keeps only words, and those reach the database as bound parameters.
        Query = (q ?? "").Replace("\0", "").Trim();
        Query = Query.Length > MaxQueryLength ? Query[..MaxQueryLength] : Query;
        Filters = SearchFilters.Read(section, author, from, to, sort, per);
        notes.AddRange(Filters.IgnoredDates.Select(date => labels["“{0}” is not a date such as 2025-03-31, so it was left out.", date].Value));
        var now = clock.GetUtcNow().UtcDateTime;
        Choices = await SearchChoices.LoadAsync(db, HttpContext.Edition().Id, cancellationToken);
        var parsed = SearchQuery.Parse(Query);
        if (parsed.WasShortened)
        {
            notes.Add(labels["Only the first {0} words of your search were used.", SearchQuery.MaxTerms]);
        }

        if (parsed.IsEmpty)
        {
            return Page();
        }

        var articles = await NarrowAsync(db.Articles.AsNoTracking().InEdition(HttpContext.Edition().Id).Published(now), cancellationToken);
        var newest = Filters.Narrows ? (int?)null : NewestMatches;
        IReadOnlyList<int> ids;
        Paging paging;
        if (newest is { } read)
        {
            // The newest matches are few enough to sort and count here, ranked once rather than once per question. One
            // more than are read says whether there are more. They are looked up by id alone and narrowed here: given
            // the edition and published filter as well, SQLite walked every published article's index entry instead.
            var matches = await engine.Match(parsed, read + 1).ToListAsync(cancellationToken);
            CountIsLowerBound = matches.Count > read;
            var scores = matches.Take(read).ToDictionary(m => m.ArticleId, m => m.Score);
            var matched = scores.Keys.ToList();
            var editionId = HttpContext.Edition().Id;
            // One bound list (json_each), not a parameter per id: the SQL stays the same, prepared and cached once.
            var window = (await db.Articles.AsNoTracking().Where(a => EF.Parameter(matched).Contains(a.Id))
                    .Select(a => new { a.Id, a.EditionId, a.Status, a.PublishedAt }).ToListAsync(cancellationToken))
                .Where(a => a.EditionId == editionId && a.Status == ArticleStatus.Published && a.PublishedAt <= now)
                .Select(a => new Found { Id = a.Id, PublishedAt = a.PublishedAt, Score = scores[a.Id] }).ToList();
            var ordered = Filters.Order == SearchOrder.Newest
                ? window.OrderByDescending(f => f.PublishedAt).ThenByDescending(f => f.Id)
                : window.OrderByDescending(f => f.Score).ThenByDescending(f => f.PublishedAt).ThenByDescending(f => f.Id);
            ids = ordered.Skip((page - 1) * Filters.PageSize).Take(Filters.PageSize).Select(f => f.Id).ToList();
            paging = new Paging(Filters.PathFor(Query), page, Filters.PageSize, HasNext: window.Count > page * Filters.PageSize);
            Count = window.Count;
        }
        else
        {
            var found = articles.Join(engine.Match(parsed), a => a.Id, m => m.ArticleId, (a, m) => new Found { Id = a.Id, PublishedAt = a.PublishedAt, Score = m.Score });
            (ids, paging) = await Site.Paging.ReadAsync(Order(found).Select(f => f.Id), Filters.PathFor(Query), page, Filters.PageSize, cancellationToken);
            // A first page with room to spare already holds every match; only longer lists are counted.
            Count = page == 1 && !paging.HasNext ? ids.Count : await found.CountAsync(cancellationToken);
        }

        Paging = Filters.Order == SearchOrder.Newest ? paging : paging with { PreviousLabel = "Previous results", NextLabel = "More results" };

        if (ids.Count == 0 && page > 1)
        {
            return NotFound();
        }

        var teasers = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).ToTeasers().ToDictionaryAsync(t => t.Id, cancellationToken);
        var extracts = (await engine.ExtractsAsync(parsed, [.. ids], cancellationToken)).ToDictionary(e => e.ArticleId);
        Results = ids.Where(teasers.ContainsKey).Select(id => new Result(
            teasers[id], Snippet.ToHtml(extracts.GetValueOrDefault(id)?.Snippet ?? teasers[id].Standfirst ?? ""))).ToList();
        return Page();
    }

    // Initialised by member (not by constructor) so that the database can still order and count what it projects.
    private sealed class Found
    {
        public int Id { get; init; }
        public DateTime? PublishedAt { get; init; }
        public double Score { get; init; }
    }

    private IQueryable<Found> Order(IQueryable<Found> found) => Filters.Order == SearchOrder.Newest
        ? found.OrderByDescending(f => f.PublishedAt).ThenByDescending(f => f.Id)
        : found.OrderByDescending(f => f.Score).ThenByDescending(f => f.PublishedAt).ThenByDescending(f => f.Id);

    /// <summary>Applies the section (with its sub-sections), author and date filters; one that names nothing known is left out, with a note.</summary>
    private async Task<IQueryable<Article>> NarrowAsync(IQueryable<Article> articles, CancellationToken cancellationToken)
    {
        if (Filters.Section is { } path)
        {
            var section = await db.Sections.AsNoTracking().InEdition(HttpContext.Edition().Id).Where(s => s.Path == path || s.Slug == path)
                .OrderBy(s => s.Path == path ? 0 : 1).ThenBy(s => s.Path.Length).FirstOrDefaultAsync(cancellationToken);
            if (section is null)
            {
                notes.Add(labels["There is no section “{0}”, so every section was searched.", path]);
                Filters = Filters with { Section = null };
            }
            else
            {
                Filters = Filters with { Section = section.Path };
                articles = articles.InSections(await db.Sections.InEdition(section.EditionId).SubtreeIds(section.Path, cancellationToken));
            }
        }

        if (Filters.Author is { } slug)
        {
            var authorId = await db.Authors.Where(a => a.Slug == slug).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
            if (authorId is null)
            {
                notes.Add(labels["There is no author “{0}”, so every author was searched.", slug]);
                Filters = Filters with { Author = null };
            }
            else
            {
                articles = articles.Where(a => a.Bylines.Any(b => b.AuthorId == authorId));
            }
        }

        // A day is the site's day: from its midnight to the next, in the site's time zone.
        var zone = (await chrome.LoadAsync(cancellationToken)).TimeZone;
        if (Filters.From is { } first)
        {
            var start = MidnightUtc(first, zone);
            articles = articles.Where(a => a.PublishedAt >= start);
        }

        if (Filters.To is { } last)
        {
            var end = MidnightUtc(last.AddDays(1), zone);
            articles = articles.Where(a => a.PublishedAt < end);
        }

        return articles;
    }

    private static DateTime MidnightUtc(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        // Where clocks jump forward at midnight, that day starts an hour later.
        return TimeZoneInfo.ConvertTimeToUtc(zone.IsInvalidTime(local) ? local.AddHours(1) : local, zone);
    }
}
