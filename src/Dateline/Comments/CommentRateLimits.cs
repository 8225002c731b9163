using System.Threading.RateLimiting;

namespace Dateline.Comments;

/// <summary>
/// Flood protection for the comment form: a fixed window of comments per minute for each sender address and for each
/// email address (System.Threading.RateLimiting, the limiters behind ASP.NET Core's rate limiting). Past it, the reader
/// gets 429 with Retry-After and their text back. In one process's memory for now; several nodes share them later.
/// </summary>
public sealed class CommentRateLimits(IConfiguration configuration) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = key.StartsWith("ip:", StringComparison.Ordinal)
                ? configuration.GetValue("Dateline:Comments:PerAddressPerMinute", 5)
                : configuration.GetValue("Dateline:Comments:PerEmailPerMinute", 3),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Null when the comment may go on; otherwise how long the sender must wait.</summary>
    public TimeSpan? Wait(string? address, string email)
    {
        foreach (var key in new[] { address is null ? null : "ip:" + address, "email:" + email.ToLowerInvariant() })
        {
            if (key is null)
            {
                continue;
            }

            using var lease = limiter.AttemptAcquire(key);
            if (!lease.IsAcquired)
            {
                return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
            }
        }

        return null;
    }

    public void Dispose() => limiter.Dispose();
}
