using Dateline.Articles;
using Dateline.Data;
using Dateline.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Caching;

/// <summary>
/// Things that become visible by the clock alone, with no write to announce them: an article published for a later
/// time, a breaking-news line that starts or ends. Readers' requests check the one next such moment (a comparison);
/// when it has passed, the lists of what came out and the site's frame are evicted and the next moment is read again.
/// A save forgets the moment, as it may have set a new one. Scheduled articles do not need this: the scheduler's save
/// publishes them.
/// </summary>
public sealed class Embargoes(IServiceScopeFactory scopes, TimeProvider clock, ILogger<Embargoes> logger) : NodeMemory
{
    private readonly SemaphoreSlim checking = new(1, 1);
    private DateTime checkedUntil = clock.GetUtcNow().UtcDateTime;
    private DateTime next = DateTime.MinValue;
    private DateTime mostReadRecount = clock.GetUtcNow().UtcDateTime + MostRead.MostReadLists.Fresh;

    public override string Name => "embargoes";

    /// <summary>
    /// After any write, here or on another node (it may have set a nearer moment): the next moment is read again at
    /// the next request.
    /// </summary>
    public override void ForgetHere() => next = DateTime.MinValue;

    /// <summary>What has come out since the last check, as changes to evict; null when nothing has (the usual case).</summary>
    public async ValueTask<ChangedThings?> LiftedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now < next && now < mostReadRecount || !await checking.WaitAsync(0, cancellationToken))
        {
            return null;
        }

        try
        {
            var changed = new ChangedThings();
            if (now >= mostReadRecount)
            {
                // The most-read lists are recounted as often as they were before pages were stored, no more.
                mostReadRecount = now + MostRead.MostReadLists.Fresh;
                changed.Tags.Add(CacheTags.MostRead);
            }

            if (now >= next)
            {
                await ReadAsync(now, changed, cancellationToken);
            }

            return changed.IsEmpty ? null : changed;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The stored pages still expire on their own; readers are served meanwhile.
            logger.LogWarning(e, "Could not read what comes out next");
            return null;
        }
        finally
        {
            checking.Release();
        }
    }

    private async Task ReadAsync(DateTime now, ChangedThings changed, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDb>();
        var since = checkedUntil;
        changed.Placed.UnionWith(await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt > since && a.PublishedAt <= now)
            .Select(a => a.Id).ToListAsync(cancellationToken));
        if (await db.BreakingNews.AsNoTracking()
            .AnyAsync(b => b.StartsAt > since && b.StartsAt <= now || b.ExpiresAt > since && b.ExpiresAt <= now, cancellationToken))
        {
            changed.Tags.Add(CacheTags.Site);
        }

        var nextArticle = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt > now).MinAsync(a => a.PublishedAt, cancellationToken);
        var nextStart = await db.BreakingNews.AsNoTracking().Where(b => b.StartsAt > now).MinAsync(b => (DateTime?)b.StartsAt, cancellationToken);
        var nextEnd = await db.BreakingNews.AsNoTracking().Where(b => b.ExpiresAt > now).MinAsync(b => b.ExpiresAt, cancellationToken);
        checkedUntil = now;
        next = new[] { nextArticle, nextStart, nextEnd }.Where(t => t is not null).Select(t => t!.Value).DefaultIfEmpty(DateTime.MaxValue).Min();
    }
}
