namespace Dateline.MostRead;

/// <summary>
/// Reads of article pages, counted in memory by slug and UTC hour until FlushArticleViews writes them in one batch:
/// a read never costs a database write. Keyed by slug, not id, so the count needs nothing but the route (a cached page
/// that never reaches its handler still counts); slugs become ids at flush time, in one query.
/// </summary>
public sealed class ReadCounter
{
    /// <summary>Distinct (slug, hour) keys held between two flushes; reads of further articles wait for the next window.</summary>
    public const int Capacity = 20_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Read, int> counts = new();
    private int distinct;

    public readonly record struct Read(string Slug, DateTime Hour);

    public static DateTime HourOf(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerHour, DateTimeKind.Utc);

    public void Record(string slug, DateTime now) => Add(new Read(slug, HourOf(now)), 1, bounded: true);

    /// <summary>Takes every count recorded so far. Compare-and-swap on each key, so no read is lost or counted twice.</summary>
    public IReadOnlyList<(Read Read, int Views)> Drain()
    {
        var taken = new List<(Read, int)>();
        foreach (var key in counts.Keys)
        {
            if (counts.TryRemove(key, out var views))
            {
                Interlocked.Decrement(ref distinct);
                taken.Add((key, views));
            }
        }

        return taken;
    }

    /// <summary>Puts back counts whose write failed, for the next flush to try again.</summary>
    public void Restore(IEnumerable<(Read Read, int Views)> reads)
    {
        foreach (var (read, views) in reads)
        {
            Add(read, views, bounded: false);
        }
    }

    private void Add(Read key, int views, bool bounded)
    {
        while (true)
        {
            if (counts.TryGetValue(key, out var current))
            {
                if (counts.TryUpdate(key, current + views, current))
                {
                    return;
                }

                continue;
            }

            if (bounded && Volatile.Read(ref distinct) >= Capacity)
            {
                return;
            }

            if (counts.TryAdd(key, views))
            {
                Interlocked.Increment(ref distinct);
                return;
            }
        }
    }
}
