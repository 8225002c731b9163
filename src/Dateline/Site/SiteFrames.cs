using System.Collections.Concurrent;
using Dateline.Nodes;

namespace Dateline.Site;

/// <summary>
/// The site's frame (<see cref="SiteChrome.Frame"/>) of each edition, read once and kept for every request after: a
/// page rendered afresh no longer reads the settings, menu, ticker and footer again. A frame is kept until the next
/// breaking-news line starts or ends, for at most <see cref="Longest"/> (what another process writes cannot announce
/// itself), and forgotten at once when anything it shows changes: CacheEviction forgets it with every eviction of
/// the whole site, and the other nodes are told (Nodes/ForgetAcrossNodes).
/// </summary>
public sealed class SiteFrames(TimeProvider clock) : NodeMemory
{
    /// <summary>As long as a stored reader page lives by default.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<int, (SiteChrome.Frame Frame, DateTime Until)> frames = new();
    private long version;

    /// <summary>The frame of this edition while it is still good, else null.</summary>
    public SiteChrome.Frame? Find(int editionId) =>
        frames.TryGetValue(editionId, out var kept) && clock.GetUtcNow().UtcDateTime < kept.Until ? kept.Frame : null;

    /// <summary>What a reader of the frames starts from: a frame read before a Forget is not kept after it.</summary>
    public long Version => Interlocked.Read(ref version);

    /// <summary>Keeps a frame read at <paramref name="readFrom"/> (see <see cref="Version"/>) until <paramref name="until"/>.</summary>
    public void Keep(int editionId, SiteChrome.Frame frame, DateTime until, long readFrom)
    {
        var latest = clock.GetUtcNow().UtcDateTime + Longest;
        frames[editionId] = (frame, until < latest ? until : latest);
        // A change committed while this frame was read has forgotten the frames already; this one may predate it.
        if (Version != readFrom)
        {
            frames.TryRemove(editionId, out _);
        }
    }

    public override string Name => "frames";

    /// <summary>Every edition's frame is read again at its next render.</summary>
    public override void ForgetHere()
    {
        Interlocked.Increment(ref version);
        frames.Clear();
    }
}
