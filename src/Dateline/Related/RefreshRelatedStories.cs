using System.Collections.Concurrent;
using Dateline.Data;
using Dateline.Nodes;
using Dateline.Site;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Related;

/// <summary>
/// Works through the RelatedRefreshes queue every two seconds, or at once when the newsroom rings
/// <see cref="RelatedRefreshSignal"/>. A batch's articles are indexed first and listed second, so each list is chosen
/// against the whole batch. An article that fails keeps its queue row and is retried later, backing off, while the
/// rest of the batch goes on.
/// </summary>
public sealed class RefreshRelatedStories(
    IServiceScopeFactory scopes, RelatedRefreshSignal signal, IWorkLock locks, TimeProvider clock, ILogger<RefreshRelatedStories> logger)
    : RecurringWork(clock, logger)
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    private const int BatchSize = 200;
    private static readonly TimeSpan LongestBackOff = TimeSpan.FromMinutes(10);

    // One drain at a time in this process: the worker's round and a caller's (start-up, tests) never refresh the same article at once.
    private readonly SemaphoreSlim draining = new(1, 1);
    private readonly ConcurrentDictionary<int, (int Failures, DateTime RetryAt)> failing = new();

    protected override TimeSpan Interval => Every;

    protected override string Failure => "Related stories could not be refreshed";

    protected override async Task RoundAsync(CancellationToken cancellationToken)
    {
        // With several nodes one works through the queue; the others would only refresh the same articles again.
        await using var held = await locks.TryTakeAsync("related-refresh", TimeSpan.Zero, cancellationToken);
        if (held is not null)
        {
            await DrainAsync(cancellationToken);
        }
    }

    protected override Task PauseAsync(CancellationToken cancellationToken) => signal.WaitAsync(Interval, Clock, cancellationToken);

    /// <summary>Refreshes every article queued now or while this runs, then returns how many it refreshed.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        await draining.WaitAsync(cancellationToken);
        try
        {
            var refreshed = 0;
            for (long after = 0; ;)
            {
                var rows = await WithStoriesAsync((_, db) => db.RelatedRefreshes.AsNoTracking().Where(r => r.Id > after)
                    .OrderBy(r => r.Id).Take(BatchSize).Select(r => new { r.Id, r.ArticleId }).ToListAsync(cancellationToken));
                if (rows.Count == 0)
                {
                    return refreshed;
                }

                after = rows[^1].Id;
                var now = Clock.GetUtcNow().UtcDateTime;
                var due = rows.Select(r => r.ArticleId).Distinct().Where(id => !failing.TryGetValue(id, out var f) || f.RetryAt <= now).ToList();
                var done = await RefreshAsync(due, cancellationToken);
                var doneRows = rows.Where(r => done.Contains(r.ArticleId)).Select(r => r.Id).ToList();
                await WithStoriesAsync((_, db) => db.RelatedRefreshes.Where(r => doneRows.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken));
                refreshed += done.Count;
            }
        }
        finally
        {
            draining.Release();
        }
    }

    private async Task<HashSet<int>> RefreshAsync(IReadOnlyList<int> articleIds, CancellationToken cancellationToken)
    {
        var done = new HashSet<int>();
        var listed = new List<int>();
        foreach (var id in articleIds)
        {
            if (await TryAsync(id, async (stories, _) => { if (await stories.IndexAsync(id, cancellationToken)) listed.Add(id); }))
            {
                done.Add(id);
            }
        }

        foreach (var id in listed)
        {
            if (!await TryAsync(id, (stories, _) => stories.ListAsync(id, reverse: true, cancellationToken)))
            {
                done.Remove(id);
            }
        }

        return done;
    }

    private async Task<bool> TryAsync(int articleId, Func<RelatedStories, DatelineDb, Task> work)
    {
        try
        {
            await WithStoriesAsync(async (stories, db) => { await work(stories, db); return true; });
            failing.TryRemove(articleId, out _);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var failures = failing.TryGetValue(articleId, out var before) ? before.Failures + 1 : 1;
            var wait = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, failures), LongestBackOff.TotalSeconds));
            failing[articleId] = (failures, Clock.GetUtcNow().UtcDateTime + wait);
            logger.LogWarning("The related stories of article {Id} could not be refreshed (attempt {Failures}, next in {Wait}): {Reason}",
                articleId, failures, wait, e.GetBaseException().Message);
            return false;
        }
    }

    private async Task<T> WithStoriesAsync<T>(Func<RelatedStories, DatelineDb, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RelatedStories>(), scope.ServiceProvider.GetRequiredService<DatelineDb>());
    }
}
