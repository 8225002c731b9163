using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dateline.Nodes;

/// <summary>
/// Degraded, not unhealthy, when Redis is away: the node still serves readers from its own memory, so a load balancer
/// should keep sending them; /healthz names Redis so an operator sees what is missing.
/// </summary>
public sealed class RedisHealthCheck(RedisLink redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (redis.Connection.IsConnected)
            {
                await redis.Database.PingAsync();
                return HealthCheckResult.Healthy("redis answers");
            }
        }
        catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException)
        {
            redis.Failed(e);
        }

        return HealthCheckResult.Degraded("redis does not answer; serving from this node's memory");
    }
}
