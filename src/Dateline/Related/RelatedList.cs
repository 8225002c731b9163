namespace Dateline.Related;

/// <summary>The rule that orders a related list: the editors' pins first in their order, their exclusions never, then the best scores.</summary>
public static class RelatedList
{
    /// <summary>How many picks each article stores: the page shows five, and a spare or two covers a pick unpublished since.</summary>
    public const int Length = 6;

    public sealed record Entry(int Id, double Score);

    /// <param name="scored">Candidates, any order; an id may appear once.</param>
    /// <param name="pinnable">Whether a pinned article may be shown (published).</param>
    public static List<Entry> Rank(int articleId, IEnumerable<Entry> scored, IReadOnlyCollection<RelatedChoice> choices, Func<int, bool> pinnable)
    {
        var excluded = choices.Where(c => !c.Pinned).Select(c => c.OtherId).ToHashSet();
        var byId = scored.Where(e => e.Id != articleId && !excluded.Contains(e.Id)).ToDictionary(e => e.Id);
        var pins = choices.Where(c => c.Pinned && c.OtherId != articleId && pinnable(c.OtherId))
            .OrderBy(c => c.Position).Select(c => byId.GetValueOrDefault(c.OtherId) ?? new Entry(c.OtherId, 0)).ToList();
        var pinned = pins.Select(p => p.Id).ToHashSet();
        return pins.Concat(byId.Values.Where(e => !pinned.Contains(e.Id) && e.Score > 0).OrderByDescending(e => e.Score).ThenByDescending(e => e.Id))
            .Take(Length).ToList();
    }
}
