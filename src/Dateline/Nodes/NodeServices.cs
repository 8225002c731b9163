using Dateline.Data;
using Dateline.Hosting;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;

namespace Dateline.Nodes;

/// <summary>
/// What lets several Dateline nodes serve one site: a lock for work that must run once (always, as one node on
/// PostgreSQL may become two), and, when ConnectionStrings:Redis is set, the shared page store, data-protection keys,
/// comment counters and forget channel.
/// </summary>
public static class NodeServices
{
    public static void AddNodes(this WebApplicationBuilder builder, DatelineOptions options)
    {
        var services = builder.Services;
        services.AddSingleton<IWorkLock>(options.Provider == DatabaseProvider.Postgres
            ? new PostgresWorkLock(options.ConnectionString)
            : new ProcessWorkLock());
        var redis = builder.Configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(redis))
        {
            return;
        }

        services.AddSingleton(sp => new RedisLink(redis, sp.GetRequiredService<ILogger<RedisLink>>()));
        services.AddSingleton<SharedCommentCounts>();
        services.AddHostedService<ForgetAcrossNodes>();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis");
        // Sign-in cookies, antiforgery tokens and held-comment cookies of one node are read by every other.
        services.AddOptions<KeyManagementOptions>().Configure<RedisLink>((keys, link) =>
            keys.XmlRepository = new RedisXmlRepository(() => link.Database, "dateline:data-protection-keys"));
        ShareReaderCache(services);
    }

    /// <summary>
    /// Holds the start-up lock while the database is migrated and seeded, so nodes started together do it once. When
    /// the lock's database cannot be reached the start goes on without it, and the database preparation says why.
    /// </summary>
    public static async Task<IAsyncDisposable> HoldStartAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        try
        {
            return await services.GetRequiredService<IWorkLock>().TakeForStartAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            services.GetRequiredService<ILogger<IWorkLock>>().LogWarning("Starting without the start-up lock: {Reason}", e.GetBaseException().Message);
            return new NothingHeld();
        }
    }

    private static void ShareReaderCache(IServiceCollection services)
    {
        // The memory store that AddOutputCache registered stays, as each node's fallback.
        var local = services.LastOrDefault(d => d.ServiceType == typeof(IOutputCacheStore))
            ?? throw new InvalidOperationException("The reader cache must be added before the nodes.");
        services.AddStackExchangeRedisOutputCache(_ => { });
        services.AddOptions<RedisOutputCacheOptions>().Configure<RedisLink>((cache, link) =>
        {
            cache.ConnectionMultiplexerFactory = () => Task.FromResult(link.Connection);
            cache.InstanceName = "dateline:pages:";
        });
        var shared = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        if (ReferenceEquals(shared, local))
        {
            throw new InvalidOperationException("The Redis output cache did not register its store.");
        }

        foreach (var store in services.Where(d => d.ServiceType == typeof(IOutputCacheStore)).ToList())
        {
            services.Remove(store);
        }

        services.AddSingleton<IOutputCacheStore>(sp => new NodePageStore(
            (IOutputCacheStore)Create(sp, shared), (IOutputCacheStore)Create(sp, local),
            sp.GetRequiredService<RedisLink>(), sp.GetRequiredService<ILogger<NodePageStore>>()));
    }

    private static object Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);

    private sealed class NothingHeld : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
