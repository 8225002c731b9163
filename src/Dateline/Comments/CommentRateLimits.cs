using System.Threading.RateLimiting;

namespace Dateline.Comments;

/// <summary>
/// Flood protection for the comment form: a fixed window of comments per minute for each sender address and for each
/// email address (System.Threading.RateLimiting, the limiters behind ASP.NET Core's rate limiting). Past it, the reader
/// gets 429 with Retry-After and their text back. In one process's memory, or in Redis when several nodes share it (Nodes/SharedCommentCounts).
/// </summary>
public sealed class CommentRateLimits(IConfiguration configuration, Nodes.SharedCommentCounts? shared = null) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Limit(configuration, key),
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

            // Redis away: the node counts alone until it returns, which is still a limit per node.
            if (shared is not null && shared.TryCount(key, Limit(configuration, key), out var sharedWait))
            {
                if (sharedWait is { } wait)
                {
                    return wait;
                }

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

    private static int Limit(IConfiguration configuration, string key) => key.StartsWith("ip:", StringComparison.Ordinal)
        ? configuration.GetValue("Dateline:Comments:PerAddressPerMinute", 5)
        : configuration.GetValue("Dateline:Comments:PerEmailPerMinute", 3);
}
