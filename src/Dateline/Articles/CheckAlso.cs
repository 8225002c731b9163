using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Articles;

/// <summary>
/// Picks the "Check Also" articles: shared story and tags first, then the same section, newest first,
/// always published and illustrated, never the article itself. Each read is bounded by an index and a
/// Take, so the cost does not grow with the archive. Discovery replaces this with content-based relatedness.
/// </summary>
public static class CheckAlso
{
    private const int CandidateLimit = 100;

    public sealed record Pick(ArticleTeaser Teaser, string Excerpt);

    public static async Task<IReadOnlyList<Pick>> FindAsync(DatelineDb db, Article article, DateTime now, int count, CancellationToken cancellationToken)
    {
        var tagIds = article.Tags.Select(t => t.Id).ToList();
        var candidates = await db.Set<Dictionary<string, object>>("ArticleTag")
            .Where(link => tagIds.Contains(EF.Property<int>(link, "TagId")))
            .Select(link => EF.Property<int>(link, "ArticleId"))
            .OrderByDescending(id => id).Take(CandidateLimit)
            .ToListAsync(cancellationToken);
        if (article.StoryId is { } storyId)
        {
            candidates.AddRange(await db.Articles.Where(a => a.StoryId == storyId)
                .OrderByDescending(a => a.PublishedAt).Select(a => a.Id).Take(CandidateLimit).ToListAsync(cancellationToken));
        }

        var scored = await db.Articles.AsNoTracking().Published(now)
            .Where(a => candidates.Contains(a.Id) && a.Id != article.Id && a.FeaturedImageId != null)
            .Select(a => new { a.Id, a.PublishedAt, Score = a.Tags.Count(t => tagIds.Contains(t.Id)) + (a.StoryId == article.StoryId ? 2 : 0) })
            .ToListAsync(cancellationToken);
        var sameSection = await db.Articles.AsNoTracking().Published(now)
            .Where(a => a.PrimarySectionId == article.PrimarySectionId && a.Id != article.Id)
            .NewestFirst().Take(20)
            .Select(a => new { a.Id, HasImage = a.FeaturedImageId != null })
            .ToListAsync(cancellationToken);

        var picked = scored.OrderByDescending(c => c.Score).ThenByDescending(c => c.PublishedAt).Select(c => c.Id)
            .Concat(sameSection.Where(c => c.HasImage).Select(c => c.Id))
            .Distinct().Take(count).ToList();
        var teasers = await db.Articles.AsNoTracking().Where(a => picked.Contains(a.Id)).ToTeasers().ToListAsync(cancellationToken);
        var bodies = await db.Articles.AsNoTracking().Where(a => picked.Contains(a.Id))
            .Select(a => new { a.Id, a.BodyHtml }).ToDictionaryAsync(a => a.Id, a => a.BodyHtml, cancellationToken);
        return teasers.OrderBy(t => picked.IndexOf(t.Id))
            .Select(t => new Pick(t, Excerpt.FromHtml(bodies[t.Id], 25)))
            .ToList();
    }
}
