using System.Security.Cryptography;
using System.Text;

namespace Dateline.Nodes;

/// <summary>
/// The comment form's flood counters in Redis, so a sender who spreads comments over several nodes meets one limit:
/// a counter per sender and minute that Redis forgets after two. Keys carry a hash, never the address itself.
/// </summary>
public sealed class SharedCommentCounts(RedisLink redis, TimeProvider clock)
{
    /// <summary>False when Redis is away (the caller counts in its own memory); otherwise whether the limit is passed and for how long.</summary>
    public bool TryCount(string sender, int limit, out TimeSpan? wait)
    {
        wait = null;
        if (!redis.IsUp)
        {
            return false;
        }

        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var key = $"dateline:comment-flood:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sender)))[..32]}:{now / 60}";
        try
        {
            var count = redis.Database.StringIncrement(key);
            if (count == 1)
            {
                redis.Database.KeyExpire(key, TimeSpan.FromMinutes(2), StackExchange.Redis.CommandFlags.FireAndForget);
            }

            wait = count > limit ? TimeSpan.FromSeconds(60 - now % 60) : null;
            return true;
        }
        catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException)
        {
            redis.Failed(e);
            return false;
        }
    }
}
