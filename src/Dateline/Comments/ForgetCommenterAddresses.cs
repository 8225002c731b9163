using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Comments;

/// <summary>Erases hashed commenter addresses older than the site's retention period (60 days unless set), once an hour.</summary>
public sealed class ForgetCommenterAddresses(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ForgetCommenterAddresses> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ForgetAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Old commenter addresses could not be erased this round: {Reason}", e.GetBaseException().Message);
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

    public async Task<int> ForgetAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDb>();
        var days = await db.SiteSettings.Select(s => (int?)s.CommentIpRetentionDays).FirstOrDefaultAsync(cancellationToken) ?? 60;
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-Math.Max(days, 0));
        return await db.Comments.Where(c => c.IpHash != null && c.CreatedAt < before)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.IpHash, (string?)null), cancellationToken);
    }
}
