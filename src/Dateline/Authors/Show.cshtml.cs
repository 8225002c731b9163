using Dateline.Caching;
using Dateline.Editions;
using Dateline.Articles;
using Dateline.Data;
using Dateline.Feeds;
using Dateline.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Authors;

/// <summary>A journalist's public page: profile and their articles, newest first.</summary>
[OutputCache(PolicyName = ReaderCache.Pages)]
public sealed class ShowModel(DatelineDb db, TimeProvider clock) : PageModel, IPageHead, IHasFeeds
{
    public Author Author { get; private set; } = null!;
    public IReadOnlyList<ArticleTeaser> Articles { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    /// <summary>
    /// The profile's links that are absolute http(s) addresses. The desk refuses anything else, but imports write
    /// this column too, so a reader is never offered a "javascript:" link whatever is stored.
    /// </summary>
    public IReadOnlyList<Uri> Links => (Author.Links ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(line => Uri.TryCreate(line, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri : null)
        .OfType<Uri>().ToList();

    public string? Title => Author.Name;
    public string? Description => Author.Bio;
    public string? CanonicalPath => Paging.UrlFor(Paging.Page);
    public Media.MediaItem? ShareImage => Author.Photo;

    public IEnumerable<object> StructuredData(SiteChrome.Frame site, string origin) =>
    [
        new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Person",
            ["name"] = Author.Name,
            ["url"] = origin + Author.Url,
            ["description"] = Author.Bio,
            ["jobTitle"] = Author.JobTitle,
            ["image"] = Author.Photo is { } photo ? JsonLd.Image(photo, origin) : null,
            ["sameAs"] = Links.Count > 0 ? Links.Select(l => l.AbsoluteUri).ToList() : null,
            ["worksFor"] = JsonLd.Publisher(site, origin),
        },
    ];

    public string FeedPagePath => Author.Url;
    public string? FeedName => Author.Name;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] string? pageText,
        [FromQuery(Name = Paging.Before)] string? beforeText, CancellationToken cancellationToken)
    {
        var pageNumber = Paging.TryParseBefore(beforeText, out var before) ? Paging.ParsePage(pageText) : null;
        var key = Slug.Key(slug);
        var author = pageNumber is null ? null
            : await db.Authors.AsNoTracking().Include(a => a.Photo).FirstOrDefaultAsync(a => a.Slug == key, cancellationToken);
        if (author is null)
        {
            return NotFound();
        }

        Author = author;
        var query = db.Articles.AsNoTracking().InEdition(HttpContext.Edition().Id)
            .Where(a => a.Bylines.Any(b => b.AuthorId == author.Id));
        (Articles, Paging) = await Paging.ReadNewestAsync(query, clock.GetUtcNow().UtcDateTime, author.Url, pageNumber!.Value, before, cancellationToken);
        HttpContext.ShowsInCache([CacheTags.Author(author.Id), CacheTags.AuthorList(author.Id), .. Articles.Select(a => CacheTags.Article(a.Id))]);
        return Articles.Count == 0 && Paging.Page > 1 ? NotFound() : Page();
    }
}
