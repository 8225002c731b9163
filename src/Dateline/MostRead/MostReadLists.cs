using Dateline.Articles;
using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.MostRead;

/// <summary>
/// The most read articles of the last 24 hours and 7 days, and the latest ones, kept in memory for a minute so that
/// page views do not sum the hourly counts again and again. Only published articles are listed.
/// </summary>
public sealed class MostReadLists(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const int Size = 5;

    public static readonly TimeSpan Fresh = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim reading = new(1, 1);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, Lists> current = new();

    public sealed record Entry(string Headline, string Url, int Views);

    public sealed record Lists(IReadOnlyList<Entry> Day, IReadOnlyList<Entry> Week, IReadOnlyList<Entry> Latest, DateTimeOffset ReadAt);

    /// <summary>The lists of one edition: its own articles only.</summary>
    public async Task<Lists> ReadAsync(int editionId, CancellationToken cancellationToken)
    {
        if (Current(editionId) is { } lists)
        {
            return lists;
        }

        // One reader recomputes; the others wait for its result rather than all asking the database at once.
        await reading.WaitAsync(cancellationToken);
        try
        {
            return Current(editionId) ?? (current[editionId] = await LoadAsync(editionId, cancellationToken));
        }
        finally
        {
            reading.Release();
        }
    }

    private Lists? Current(int editionId) =>
        current.TryGetValue(editionId, out var lists) && clock.GetUtcNow() - lists.ReadAt < Fresh ? lists : null;

    private async Task<Lists> LoadAsync(int editionId, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        var now = at.UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDb>();
        var latest = await db.Articles.AsNoTracking().InEdition(editionId).Published(now).NewestFirst().Take(Size)
            .Select(a => new { a.Headline, a.Slug, a.PublishedAt }).ToListAsync(cancellationToken);
        return new Lists(
            await TopAsync(db, editionId, now, TimeSpan.FromHours(24), cancellationToken),
            await TopAsync(db, editionId, now, TimeSpan.FromDays(7), cancellationToken),
            latest.Select(a => new Entry(a.Headline, Article.PathFor(a.PublishedAt!.Value, a.Slug), 0)).ToList(),
            at);
    }

    /// <summary>Sums the hours of the window (the current one included) per article, from the (Hour, ArticleId, Views) index.</summary>
    private static async Task<IReadOnlyList<Entry>> TopAsync(DatelineDb db, int editionId, DateTime now, TimeSpan window, CancellationToken cancellationToken)
    {
        var last = ReadCounter.HourOf(now);
        var first = last - window + TimeSpan.FromHours(1);
        var top = await db.ArticleViews.AsNoTracking()
            .Where(v => v.Hour >= first && v.Hour <= last)
            .GroupBy(v => v.ArticleId)
            .Select(g => new { ArticleId = g.Key, Views = g.Sum(v => v.Views) })
            .Join(db.Articles.InEdition(editionId).Published(now), v => v.ArticleId, a => a.Id, (v, a) => new { v.Views, a.Headline, a.Slug, a.PublishedAt, a.Id })
            .OrderByDescending(x => x.Views).ThenByDescending(x => x.PublishedAt).ThenByDescending(x => x.Id)
            .Take(Size)
            .ToListAsync(cancellationToken);
        return top.Select(a => new Entry(a.Headline, Article.PathFor(a.PublishedAt!.Value, a.Slug), a.Views)).ToList();
    }
}
