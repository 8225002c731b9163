using Dateline.Data;
using Dateline.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Editions;

/// <summary>
/// The site's editions, read from the database at most every half minute: every request asks which edition its
/// path belongs to, and editions change about once in a site's life. The desk calls Forget after a change.
/// </summary>
public sealed class EditionDirectory(IServiceScopeFactory scopes, TimeProvider clock, ILogger<EditionDirectory> logger) : NodeMemory
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim reading = new(1, 1);
    private IReadOnlyList<Edition>? editions;
    private DateTimeOffset readAt;

    public async Task<IReadOnlyList<Edition>> AllAsync(CancellationToken cancellationToken = default)
    {
        if (editions is { } known && clock.GetUtcNow() - readAt < Freshness)
        {
            return known;
        }

        await reading.WaitAsync(cancellationToken);
        try
        {
            if (editions is null || clock.GetUtcNow() - readAt >= Freshness)
            {
                editions = await ReadAsync(cancellationToken);
                readAt = clock.GetUtcNow();
            }

            return editions;
        }
        finally
        {
            reading.Release();
        }
    }

    public override string Name => "editions";

    /// <summary>The editions are read again at the next request.</summary>
    public override void ForgetHere() => readAt = DateTimeOffset.MinValue;

    /// <summary>The edition whose prefix starts this path ("/fa/…" → Dari), or the default edition.</summary>
    public static (Edition Edition, string Remainder) Split(IReadOnlyList<Edition> editions, string path)
    {
        foreach (var edition in editions)
        {
            if (edition.UrlPrefix.Length == 0)
            {
                continue;
            }

            var prefix = "/" + edition.UrlPrefix;
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (path.Length == prefix.Length || path[prefix.Length] == '/'))
            {
                return (edition, path[prefix.Length..]);
            }
        }

        return (Default(editions), path);
    }

    public static Edition Default(IReadOnlyList<Edition> editions) =>
        editions.FirstOrDefault(e => e.IsDefault) ?? editions.FirstOrDefault(e => e.UrlPrefix.Length == 0) ?? Edition.English();

    private async Task<IReadOnlyList<Edition>> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DatelineDb>();
            var all = await db.Editions.AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellationToken);
            return all.Count > 0 ? all : [Edition.English()];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Error pages are served through this too, so a database that is down leaves the site in its default edition.
            logger.LogWarning("The editions could not be read: {Reason}", e.GetBaseException().Message);
            return editions ?? [Edition.English()];
        }
    }
}
