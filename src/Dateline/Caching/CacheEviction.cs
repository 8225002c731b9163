using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Dateline.Data;
using Dateline.Site;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Caching;

/// <summary>
/// The one place stored reader responses are evicted. Every write reaches it (EF Core interceptors on each DbContext:
/// <see cref="EvictOnSave"/> and <see cref="EvictOnRawWrite"/>), and nothing is evicted before the write is committed,
/// or a reader could store the old page again in between. A reader who started rendering before the commit can still
/// store the old page after it, so every eviction is repeated a moment later.
/// </summary>
public sealed class CacheEviction(
    IOutputCacheStore store, IServiceScopeFactory scopes, Embargoes embargoes, SiteFrames frames, ILogger<CacheEviction> logger)
{
    /// <summary>Longer than a page render takes, far shorter than the second an edit may take to reach readers.</summary>
    public static readonly TimeSpan Repeat = TimeSpan.FromMilliseconds(400);

    private readonly ConditionalWeakTable<DbContext, ChangedThings> waiting = new();
    private readonly ConcurrentDictionary<Task, bool> repeating = new();

    /// <summary>
    /// Completes when every repeated eviction scheduled so far has run: a test that asserts a page stayed stored
    /// awaits it first, so an earlier test's write cannot evict that page in the middle of it.
    /// </summary>
    public Task RepeatedAsync() => Task.WhenAll(repeating.Keys);

    /// <summary>Evicts now, or at the commit when the context is inside a transaction of its caller's.</summary>
    public Task ChangedAsync(DbContext db, ChangedThings changed, CancellationToken cancellationToken)
    {
        if (changed.IsEmpty)
        {
            return Task.CompletedTask;
        }

        if (db.Database.CurrentTransaction is not null)
        {
            waiting.GetOrCreateValue(db).Add(changed);
            return Task.CompletedTask;
        }

        return EvictAsync(changed, cancellationToken);
    }

    public Task CommittedAsync(DbContext db, CancellationToken cancellationToken) =>
        waiting.TryGetValue(db, out var changed) && waiting.Remove(db) ? EvictAsync(changed, cancellationToken) : Task.CompletedTask;

    public void RolledBack(DbContext db) => waiting.Remove(db);

    /// <summary>For writers that go around EF Core (bulk imports, the synthetic-site generator): every stored response.</summary>
    public Task EverythingAsync(CancellationToken cancellationToken) => EvictAsync([CacheTags.Site], cancellationToken);

    /// <summary>Before a reader's lookup: evicts what an embargo that has just lifted changed (usually nothing to do).</summary>
    public async ValueTask BeforeLookupAsync(CancellationToken cancellationToken)
    {
        if (await embargoes.LiftedAsync(cancellationToken) is { } lifted)
        {
            await EvictAsync(lifted, cancellationToken);
        }
    }

    private async Task EvictAsync(ChangedThings changed, CancellationToken cancellationToken)
    {
        embargoes.Forget();
        var tags = new HashSet<string>(changed.Tags, StringComparer.Ordinal);
        if (changed.Placed.Count > 0)
        {
            tags.UnionWith(await ListsOfAsync(changed.Placed, cancellationToken));
        }

        await EvictAsync(tags, cancellationToken);
    }

    private async Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        if (tags.Contains(CacheTags.Site))
        {
            // Pages rendered from here on must read the frame again too.
            frames.Forget();
        }

        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }

        var repeat = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(Repeat, CancellationToken.None);
                foreach (var tag in tags)
                {
                    await store.EvictByTagAsync(tag, CancellationToken.None);
                }
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Repeated cache eviction failed; stored pages expire on their own");
            }
        }, CancellationToken.None);
        repeating.TryAdd(repeat, true);
        _ = repeat.ContinueWith(done => repeating.TryRemove(done, out _), TaskScheduler.Default);
    }

    /// <summary>The lists these articles are on now: front page, feeds, and each section (with its parents), tag, author and story.</summary>
    private async Task<IEnumerable<string>> ListsOfAsync(IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDb>();
        var ids = articleIds.ToList();
        var places = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new
        {
            a.EditionId,
            a.PrimarySectionId,
            a.StoryId,
            Sections = a.Sections.Select(s => s.Id).ToList(),
            Tags = a.Tags.Select(t => t.Id).ToList(),
            Authors = a.Bylines.Select(b => b.AuthorId).ToList(),
        }).ToListAsync(cancellationToken);
        var editions = places.Select(p => p.EditionId).Distinct().ToList();
        var parents = await db.Sections.AsNoTracking().Where(s => editions.Contains(s.EditionId))
            .ToDictionaryAsync(s => s.Id, s => s.ParentId, cancellationToken);
        var tags = new List<string> { CacheTags.Home, CacheTags.Feeds, CacheTags.Sitemaps, CacheTags.Search, CacheTags.Api };
        foreach (var place in places)
        {
            foreach (var section in place.Sections.Append(place.PrimarySectionId).Distinct())
            {
                // A section's page lists its sub-sections' articles too.
                for (int? id = section; id is { } at && tags.Count < 10_000; id = parents.GetValueOrDefault(at))
                {
                    tags.Add(CacheTags.SectionList(at));
                }
            }

            tags.AddRange(place.Tags.Select(CacheTags.TagList));
            tags.AddRange(place.Authors.Select(CacheTags.AuthorList));
            if (place.StoryId is { } story)
            {
                tags.Add(CacheTags.StoryList(story));
            }
        }

        return tags;
    }
}
