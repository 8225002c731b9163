using System.Collections.Concurrent;
using Dateline.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Dateline.Nodes;

/// <summary>
/// The reader cache's store when several nodes run: Redis, so a page stored by one node is served by all and a tag
/// evicted by one is gone for all. While Redis is away the node stores pages in its own memory, for a short while
/// only (other nodes' edits cannot reach that memory), and remembers the tags it could not evict in Redis; when Redis
/// returns those tags are evicted there and the node's own copies are dropped.
/// </summary>
public sealed class NodePageStore(IOutputCacheStore shared, IOutputCacheStore local, RedisLink redis, ILogger<NodePageStore> logger)
    : IOutputCacheStore, IDisposable
{
    /// <summary>How long a page stored in a node's own memory during an outage is served: the delay an edit may take then.</summary>
    public static readonly TimeSpan OwnCopyLifetime = TimeSpan.FromSeconds(10);

    private const int MissedLimit = 1000;
    private readonly ConcurrentDictionary<string, byte> missed = new(StringComparer.Ordinal);
    private int initialized;

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        StartWatching();
        if (redis.IsUp)
        {
            try
            {
                return await shared.GetAsync(key, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                redis.Failed(e);
            }
        }

        return await local.GetAsync(key, cancellationToken);
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (redis.IsUp)
        {
            try
            {
                await shared.SetAsync(key, value, tags, validFor, cancellationToken);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                redis.Failed(e);
            }
        }

        await local.SetAsync(key, value, tags, validFor < OwnCopyLifetime ? validFor : OwnCopyLifetime, cancellationToken);
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        await local.EvictByTagAsync(tag, cancellationToken);
        if (redis.IsUp)
        {
            try
            {
                await shared.EvictByTagAsync(tag, cancellationToken);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                redis.Failed(e);
            }
        }

        if (missed.Count < MissedLimit)
        {
            missed.TryAdd(tag, 0);
        }
        else
        {
            missed.TryAdd(CacheTags.Site, 0);
        }
    }

    private void StartWatching()
    {
        if (Interlocked.Exchange(ref initialized, 1) == 0)
        {
            redis.Returned += () => _ = HandBackAsync();
        }
    }

    private async Task HandBackAsync()
    {
        try
        {
            // Everything stored in Redis may be older than an eviction it missed; everything in memory older than Redis.
            var tags = missed.Keys.ToList();
            foreach (var tag in tags.Contains(CacheTags.Site) ? [CacheTags.Site] : tags)
            {
                await shared.EvictByTagAsync(tag, CancellationToken.None);
                missed.TryRemove(tag, out _);
            }

            missed.Clear();
            await local.EvictByTagAsync(CacheTags.Site, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogWarning("Evictions missed while Redis was away could not be applied yet: {Reason}", e.GetBaseException().Message);
        }
    }

    public void Dispose()
    {
        (shared as IDisposable)?.Dispose();
        (local as IDisposable)?.Dispose();
    }
}
