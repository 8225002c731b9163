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

namespace Dateline.Tags;

[OutputCache(PolicyName = ReaderCache.Pages)]
public sealed class ShowModel(DatelineDb db, TimeProvider clock) : PageModel, IPageHead, IHasFeeds
{
    public Tag Tag { get; private set; } = null!;
    public IReadOnlyList<ArticleTeaser> Articles { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public string? Title => Tag.Name;
    public string? Description => null;
    public string? CanonicalPath => Paging.UrlFor(Paging.Page);
    public string FeedPagePath => Tag.Url;
    public string? FeedName => Tag.Name;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] string? pageText,
        [FromQuery(Name = Paging.Before)] string? beforeText, CancellationToken cancellationToken)
    {
        var pageNumber = Paging.TryParseBefore(beforeText, out var before) ? Paging.ParsePage(pageText) : null;
        var key = Slug.Key(slug);
        var tag = pageNumber is null ? null
            : await db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == key, cancellationToken);
        if (tag is null)
        {
            return NotFound();
        }

        Tag = tag;
        var query = db.Articles.AsNoTracking().InEdition(HttpContext.Edition().Id)
            .Where(a => a.Tags.Any(t => t.Id == tag.Id));
        (Articles, Paging) = await Paging.ReadNewestAsync(query, clock.GetUtcNow().UtcDateTime, tag.Url, pageNumber!.Value, before, cancellationToken);
        HttpContext.ShowsInCache([CacheTags.Tag(tag.Id), CacheTags.TagList(tag.Id), .. Articles.Select(a => CacheTags.Article(a.Id))]);
        return Articles.Count == 0 && Paging.Page > 1 ? NotFound() : Page();
    }
}
