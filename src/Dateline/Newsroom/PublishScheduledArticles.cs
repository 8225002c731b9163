using Dateline.Articles;
using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom;

/// <summary>
/// Publishes scheduled articles when their time comes, checking every ten seconds. The schedule lives in the
/// database, so articles that fell due while the site was down go out at the first check after a restart.
/// </summary>
public sealed class PublishScheduledArticles(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PublishScheduledArticles> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PublishDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database that is briefly away must not stop the schedule for good: try again next round.
                logger.LogWarning("Scheduled articles could not be published this round: {Reason}", e.GetBaseException().Message);
            }

            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Articles
            .Where(a => a.Status == ArticleStatus.Scheduled && a.ScheduledFor <= now)
            .OrderBy(a => a.ScheduledFor).Take(100)
            .ToListAsync(cancellationToken);
        var published = 0;
        foreach (var article in due)
        {
            article.GoLive(now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                published++;
                logger.LogInformation("Published scheduled article {Id} \"{Headline}\"", article.Id, article.Headline);
            }
            catch (DbUpdateConcurrencyException)
            {
                // An editor changed it meanwhile (unscheduled it, or moved the time); their save wins, next round decides.
                db.ChangeTracker.Clear();
            }
        }

        return published;
    }
}
