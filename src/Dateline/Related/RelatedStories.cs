using Dateline.Articles;
using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Related;

/// <summary>
/// Computes an article's related list and keeps the others' lists in step with it. A published article's terms go into
/// the index, its list is chosen from the candidates the index finds (see <see cref="Candidates"/>), and it joins the
/// lists of the articles it now beats. An article readers cannot see leaves the index and every list that showed it.
/// Everything is bounded by the index, never by the archive's size.
/// </summary>
public sealed class RelatedStories(DatelineDb db, TimeProvider clock)
{
    /// <summary>How many of the best candidates are offered a place in their own lists in return.</summary>
    public const int ReverseReach = 20;

    // Lists showing one article are found by index; a wildly popular pick is still capped so one refresh stays small.
    private const int ShowingCap = 500;

    /// <summary>Recomputes the article's terms and list, and the lists it enters or leaves.</summary>
    public async Task RefreshAsync(int articleId, CancellationToken cancellationToken)
    {
        if (await IndexAsync(articleId, cancellationToken))
        {
            await ListAsync(articleId, reverse: true, cancellationToken);
        }
    }

    /// <summary>Replaces the article's terms; for an article readers cannot see, takes it out of the index and every list.</summary>
    /// <returns>Whether the article is in the index (published) and so should have a list.</returns>
    public async Task<bool> IndexAsync(int articleId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new
            {
                a.Status, a.PublishedAt, a.Headline, a.Standfirst, a.BodyText, a.Language, a.DatelinePlace, a.PrimarySectionId, a.StoryId,
                TagIds = a.Tags.Select(t => t.Id).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        var listed = article is { Status: ArticleStatus.Published, PublishedAt: { } at } && at <= now;
        var terms = listed
            ? Terms.Of(new TermSource(article!.Headline, article.Standfirst, article.BodyText, article.Language, article.DatelinePlace,
                article.PrimarySectionId, article.StoryId, article.TagIds))
            : [];

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await new TermIndex(db).ReplaceAsync(articleId, terms, article?.PublishedAt ?? now, cancellationToken);
        if (!listed)
        {
            await WithdrawAsync(articleId, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return listed;
    }

    /// <summary>Chooses and stores the article's list; with <paramref name="reverse"/>, also offers it to its candidates' lists.</summary>
    public async Task ListAsync(int articleId, bool reverse, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var terms = await db.ArticleTerms.AsNoTracking().Where(t => t.ArticleId == articleId).ToListAsync(cancellationToken);
        if (terms.Count == 0)
        {
            return;
        }

        var publishedAt = terms[0].PublishedAt;
        var showing = reverse
            ? await db.RelatedArticles.AsNoTracking().Where(r => r.RelatedId == articleId).Select(r => r.ArticleId).Take(ShowingCap).ToListAsync(cancellationToken)
            : [];
        var scored = await new Candidates(db).FindAsync(articleId, publishedAt, terms, showing, now, cancellationToken);
        var choices = await db.RelatedChoices.AsNoTracking().Where(c => c.ArticleId == articleId).ToListAsync(cancellationToken);
        var pinnedIds = choices.Where(c => c.Pinned).Select(c => c.OtherId).ToList();
        var visiblePins = (await db.Articles.AsNoTracking().Published(now).Where(a => pinnedIds.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken)).ToHashSet();
        var list = RelatedList.Rank(articleId, scored.Select(s => new RelatedList.Entry(s.Id, s.Score)), choices, visiblePins.Contains);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await StoreAsync(articleId, list, cancellationToken);
        if (reverse)
        {
            var offered = scored.Take(ReverseReach).Select(s => s.Id).Union(showing).ToList();
            await new ReverseUpdate(db, clock).OfferAsync(articleId, offered, scored.ToDictionary(s => s.Id, s => s.Score), cancellationToken);
            await QueueListsPinningAsync(articleId, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    internal async Task StoreAsync(int articleId, IReadOnlyList<RelatedList.Entry> list, CancellationToken cancellationToken)
    {
        await db.RelatedArticles.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        db.RelatedArticles.AddRange(list.Select((e, rank) => new RelatedArticle { ArticleId = articleId, RelatedId = e.Id, Rank = rank, Score = e.Score }));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    // An article readers can no longer see leaves every list at once; those lists are refilled from the queue.
    private async Task WithdrawAsync(int articleId, DateTime now, CancellationToken cancellationToken)
    {
        await db.RelatedArticles.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        var showing = await db.RelatedArticles.Where(r => r.RelatedId == articleId).Select(r => r.ArticleId).ToListAsync(cancellationToken);
        await db.RelatedArticles.Where(r => r.RelatedId == articleId).ExecuteDeleteAsync(cancellationToken);
        Queue(showing, now);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    // A pin on an article that was not published yet was skipped; now that it is, the lists pinning it take it in.
    private async Task QueueListsPinningAsync(int articleId, CancellationToken cancellationToken)
    {
        var pinning = await db.RelatedChoices.AsNoTracking().Where(c => c.OtherId == articleId && c.Pinned)
            .Where(c => !db.RelatedArticles.Any(r => r.ArticleId == c.ArticleId && r.RelatedId == articleId)
                && db.Articles.Any(a => a.Id == c.ArticleId && a.Status == ArticleStatus.Published))
            .Select(c => c.ArticleId).Take(ShowingCap).ToListAsync(cancellationToken);
        Queue(pinning, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private void Queue(IEnumerable<int> articleIds, DateTime now) =>
        db.RelatedRefreshes.AddRange(articleIds.Distinct().Select(id => new RelatedRefresh { ArticleId = id, QueuedAt = now }));
}
