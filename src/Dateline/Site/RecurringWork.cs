namespace Dateline.Site;

/// <summary>
/// Work the site does in rounds (publishing what is due, forgetting old addresses): one round at start, then one per
/// interval on the site's clock. A round that fails is logged and the next one tries again, so a database that is
/// briefly away never stops the work for good.
/// </summary>
public abstract class RecurringWork(TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The site's clock, for the rounds' own sense of "now".</summary>
    protected TimeProvider Clock { get; } = clock;

    protected abstract TimeSpan Interval { get; }

    /// <summary>What a failed round is called in the log ("Scheduled articles could not be published").</summary>
    protected abstract string Failure { get; }

    protected abstract Task RoundAsync(CancellationToken cancellationToken);

    /// <summary>The pause between rounds; work that can be asked for sooner (see RefreshRelatedStories) waits on more than the clock.</summary>
    protected virtual Task PauseAsync(CancellationToken cancellationToken) => Task.Delay(Interval, Clock, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RoundAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("{Failure} this round: {Reason}", Failure, e.GetBaseException().Message);
            }

            try
            {
                await PauseAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
