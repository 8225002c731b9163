using Dateline.Data;
using Dateline.Site;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Comments;

/// <summary>Erases hashed commenter addresses older than the site's retention period (60 days unless set), once an hour.</summary>
public sealed class ForgetCommenterAddresses(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ForgetCommenterAddresses> logger)
    : RecurringWork(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override string Failure => "Old commenter addresses could not be erased";

    protected override Task RoundAsync(CancellationToken cancellationToken) => ForgetAsync(cancellationToken);

    public async Task<int> ForgetAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDb>();
        var days = await db.SiteSettings.Select(s => (int?)s.CommentIpRetentionDays).FirstOrDefaultAsync(cancellationToken) ?? 60;
        var before = Clock.GetUtcNow().UtcDateTime.AddDays(-Math.Max(days, 0));
        // Readers never see the address hash, so no stored page changes.
        using var unseen = Caching.EvictOnRawWrite.Unseen();
        return await db.Comments.Where(c => c.IpHash != null && c.CreatedAt < before)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.IpHash, (string?)null), cancellationToken);
    }
}
