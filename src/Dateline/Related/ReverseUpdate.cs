using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Related;

/// <summary>
/// Offers a freshly scored article a place in its candidates' stored lists, so publishing a story updates the older
/// coverage's "Related" boxes without recomputing them: the score is symmetric, so the new article enters a list
/// exactly when it beats that list's weakest pick. A list it no longer belongs in drops it and is queued to refill.
/// </summary>
internal sealed class ReverseUpdate(DatelineDb db, TimeProvider clock)
{
    /// <param name="offered">The lists to consider: the best candidates and the lists already showing the article.</param>
    /// <param name="scores">The article's score against each candidate (absent: not related at all).</param>
    public async Task OfferAsync(int articleId, IReadOnlyList<int> offered, IReadOnlyDictionary<int, double> scores, CancellationToken cancellationToken)
    {
        if (offered.Count == 0)
        {
            return;
        }

        var lists = (await db.RelatedArticles.AsNoTracking().Where(r => offered.Contains(r.ArticleId)).ToListAsync(cancellationToken))
            .ToLookup(r => r.ArticleId);
        var choices = (await db.RelatedChoices.AsNoTracking().Where(c => offered.Contains(c.ArticleId)).ToListAsync(cancellationToken))
            .ToLookup(c => c.ArticleId);
        var refill = new List<int>();
        foreach (var other in offered)
        {
            var current = lists[other].OrderBy(r => r.Rank).ToList();
            var chosen = choices[other].ToList();
            var pinned = chosen.Where(c => c.Pinned).Select(c => c.OtherId).ToHashSet();
            if (pinned.Contains(articleId))
            {
                // The editors put it there; only that list's own refresh moves it.
                continue;
            }

            var score = scores.GetValueOrDefault(other);
            var entries = current.Where(r => r.RelatedId != articleId).Select(r => new RelatedList.Entry(r.RelatedId, r.Score));
            if (score > 0)
            {
                entries = entries.Append(new RelatedList.Entry(articleId, score));
            }

            // The pins in the stored list are the ones that were shown; the rule keeps them first, in their order.
            var ranked = RelatedList.Rank(other, entries.ToList(), chosen, current.Select(r => r.RelatedId).Contains);
            if (ranked.Select(e => (e.Id, e.Score)).SequenceEqual(current.Select(r => (r.RelatedId, r.Score))))
            {
                continue;
            }

            await new RelatedStories(db, clock).StoreAsync(other, ranked, cancellationToken);
            if (ranked.Count < RelatedList.Length && current.Any(r => r.RelatedId == articleId))
            {
                refill.Add(other);
            }
        }

        if (refill.Count > 0)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            db.RelatedRefreshes.AddRange(refill.Select(id => new RelatedRefresh { ArticleId = id, QueuedAt = now }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
