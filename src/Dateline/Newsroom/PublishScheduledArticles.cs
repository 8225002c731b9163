using Dateline.Articles;
using Dateline.Data;
using Dateline.Nodes;
using Dateline.Related;
using Dateline.Site;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom;

/// <summary>
/// Publishes scheduled articles when their time comes, checking every ten seconds. The schedule lives in the
/// database, so articles that fell due while the site was down go out at the first check after a restart.
/// </summary>
public sealed class PublishScheduledArticles(
    IServiceScopeFactory scopes, RelatedRefreshSignal relatedRefresh, IWorkLock locks, TimeProvider clock, ILogger<PublishScheduledArticles> logger)
    : RecurringWork(clock, logger)
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(10);

    private const int BatchSize = 100;

    protected override TimeSpan Interval => Every;

    protected override string Failure => "Scheduled articles could not be published";

    protected override async Task RoundAsync(CancellationToken cancellationToken)
    {
        // With several nodes one publishes; the others find the lock taken and leave this round to it.
        await using var held = await locks.TryTakeAsync("publish-scheduled", TimeSpan.Zero, cancellationToken);
        if (held is null)
        {
            return;
        }

        // A full batch means more may be due: go on at once rather than a round later.
        while (await PublishDueAsync(cancellationToken) == BatchSize)
        {
        }
    }

    /// <returns>How many due articles this round found (published, or left to a concurrent editor's save).</returns>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDb>();
        var now = Clock.GetUtcNow().UtcDateTime;
        var due = await db.Articles
            .Where(a => a.Status == ArticleStatus.Scheduled && a.ScheduledFor <= now)
            .OrderBy(a => a.ScheduledFor).Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var article in due)
        {
            article.GoLive(now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Published scheduled article {Id} \"{Headline}\"", article.Id, article.Headline);
                // Its related lists are queued by the save; readers should not wait a round for them.
                relatedRefresh.Wake();
            }
            catch (DbUpdateConcurrencyException)
            {
                // An editor changed it meanwhile (unscheduled it, or moved the time); their save wins, next round decides.
                // Only this article is let go: the others of the batch are still to be published.
                db.Entry(article).State = EntityState.Detached;
            }
        }

        return due.Count;
    }
}
