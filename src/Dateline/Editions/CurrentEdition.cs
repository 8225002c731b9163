namespace Dateline.Editions;

/// <summary>The request's edition (set by EditionRouting) and the site's others, for language switchers and hreflang.</summary>
public sealed record CurrentEdition(Edition Edition, IReadOnlyList<Edition> All)
{
    public bool HasOthers => All.Count > 1;
}
