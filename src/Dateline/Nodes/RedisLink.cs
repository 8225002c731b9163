using StackExchange.Redis;

namespace Dateline.Nodes;

/// <summary>
/// This node's one connection to Redis, shared by the page store, the data-protection keys, the comment counters and
/// the forget channel. It never blocks start-up and never throws for a Redis that is away: callers ask
/// <see cref="IsUp"/> and fall back to the node's own memory. An outage is logged once when it starts and once when
/// it ends, however many requests meet it in between.
/// </summary>
public sealed class RedisLink : IDisposable
{
    private readonly ILogger<RedisLink> logger;
    private int down;

    public RedisLink(string configuration, ILogger<RedisLink> logger)
    {
        this.logger = logger;
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        // A reader waits for Redis at most this long before the node answers from its own memory.
        options.ConnectTimeout = 2000;
        options.SyncTimeout = 1000;
        options.AsyncTimeout = 1000;
        options.ReconnectRetryPolicy = new LinearRetry(500);
        Connection = ConnectionMultiplexer.Connect(options);
        Connection.ConnectionFailed += (_, e) => WentDown(e.Exception?.GetBaseException().Message ?? e.FailureType.ToString());
        Connection.ConnectionRestored += (_, _) => CameBack();
        if (!Connection.IsConnected)
        {
            WentDown("not reachable at start");
        }

        // A command can fail on a connection that stays open (a Redis that is loading, a timeout); the connection
        // then never reports a restore, so a node that is down looks again every second.
        probe = new Timer(_ => _ = ProbeAsync(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    private readonly Timer probe;

    public IConnectionMultiplexer Connection { get; }

    public bool IsUp => Connection.IsConnected && Volatile.Read(ref down) == 0;

    /// <summary>Raised once each time Redis answers again after an outage, so the node can hand back what it kept meanwhile.</summary>
    public event Action? Returned;

    public IDatabase Database => Connection.GetDatabase();

    /// <summary>For callers whose command failed although the link looked up: the failure counts as the start of an outage.</summary>
    public void Failed(Exception e) => WentDown(e.GetBaseException().Message);

    private void WentDown(string reason)
    {
        if (Interlocked.Exchange(ref down, 1) == 0)
        {
            logger.LogWarning("Redis is unavailable ({Reason}); this node serves readers from its own memory until it returns", reason);
        }
    }

    private void CameBack()
    {
        if (Connection.IsConnected && Interlocked.Exchange(ref down, 0) == 1)
        {
            logger.LogWarning("Redis is back; this node uses the shared store again");
            Returned?.Invoke();
        }
    }

    private async Task ProbeAsync()
    {
        if (Volatile.Read(ref down) == 0 || !Connection.IsConnected)
        {
            return;
        }

        try
        {
            await Database.PingAsync();
            CameBack();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Still away; the next second looks again.
        }
    }

    public void Dispose()
    {
        probe.Dispose();
        Connection.Dispose();
    }
}
