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

namespace Dateline.Stories;

/// <summary>An ongoing story as a dated timeline, oldest first, so a reader can follow it from the start.</summary>
[OutputCache(PolicyName = ReaderCache.Pages)]
public sealed class ShowModel(DatelineDb db, TimeProvider clock) : PageModel, IPageHead, IHasFeeds
{
    private const int TimelineLimit = 500;

    public Story Story { get; private set; } = null!;
    public IReadOnlyList<ArticleTeaser> Timeline { get; private set; } = [];

    public string? Title => Story.Title;
    public string? Description => Story.Summary;
    public string? CanonicalPath => Story.Url;
    public string FeedPagePath => Story.Url;
    public string? FeedName => Story.Title;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var key = Slug.Key(slug);
        var story = await db.Stories.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == key, cancellationToken);
        if (story is null)
        {
            return NotFound();
        }

        Story = story;
        Timeline = await db.Articles.AsNoTracking().InEdition(HttpContext.Edition().Id).Published(clock.GetUtcNow().UtcDateTime)
            .Where(a => a.StoryId == story.Id)
            .OrderBy(a => a.PublishedAt).ThenBy(a => a.Id)
            .ToTeasers().Take(TimelineLimit).ToListAsync(cancellationToken);
        HttpContext.ShowsInCache([CacheTags.Story(story.Id), CacheTags.StoryList(story.Id), .. Timeline.Select(a => CacheTags.Article(a.Id))]);
        return Page();
    }
}
