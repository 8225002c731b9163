using Dateline.Caching;
using Dateline.Editions;
using Dateline.Site;
using StackExchange.Redis;

namespace Dateline.Nodes;

/// <summary>
/// Keeps what each node holds in memory (each <see cref="NodeMemory"/>: the editions, the next embargo moment, the
/// site's frames) in step: when one node forgets after a change, it says so on a Redis channel and every other node
/// forgets too. Messages missed while Redis was away are made up for by forgetting everything when it returns.
/// </summary>
public sealed class ForgetAcrossNodes(
    RedisLink redis, EditionDirectory editions, Embargoes embargoes, SiteFrames frames, ILogger<ForgetAcrossNodes> logger)
    : IHostedService
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("dateline:forget");
    private readonly string node = Guid.NewGuid().ToString("N");
    private readonly NodeMemory[] memories = [editions, embargoes, frames];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var memory in memories)
        {
            memory.Forgotten += () => Say(memory.Name);
        }

        redis.Returned += () =>
        {
            foreach (var memory in memories)
            {
                memory.ForgetHere();
            }
        };
        try
        {
            // The client subscribes again by itself after a reconnection.
            await redis.Connection.GetSubscriber().SubscribeAsync(Channel, (_, message) => Heard(message));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            redis.Failed(e);
            redis.Returned += () => _ = redis.Connection.GetSubscriber().SubscribeAsync(Channel, (_, message) => Heard(message));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Say(string what)
    {
        if (!redis.IsUp)
        {
            return;
        }

        try
        {
            redis.Connection.GetSubscriber().Publish(Channel, node + " " + what, CommandFlags.FireAndForget);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            redis.Failed(e);
        }
    }

    private void Heard(RedisValue message)
    {
        var text = (string?)message ?? "";
        var space = text.IndexOf(' ');
        if (space < 0 || text[..space] == node)
        {
            return;
        }

        var what = text[(space + 1)..];
        if (Array.Find(memories, m => m.Name == what) is { } memory)
        {
            memory.ForgetHere();
        }
        else
        {
            logger.LogDebug("Unknown message on the forget channel: {Message}", text);
        }
    }
}
