using Dateline.Editions;

namespace Dateline.Newsroom.Desk.Editions;

/// <summary>
/// Which edition a desk page works in: the one its ?edition= key names, or the default edition. The desk's sections and
/// menu pages show one edition at a time, and what they add goes into that edition.
/// </summary>
public sealed record DeskEdition(Edition Current, IReadOnlyList<Edition> All)
{
    /// <summary>Null when the key names no edition, so the page can answer 404 rather than show another edition's items.</summary>
    public static async Task<DeskEdition?> FindAsync(EditionDirectory directory, string? key, CancellationToken cancellationToken)
    {
        var all = await directory.AllAsync(cancellationToken);
        var current = string.IsNullOrEmpty(key) ? EditionDirectory.Default(all) : all.FirstOrDefault(e => e.Key == key);
        return current is null ? null : new DeskEdition(current, all);
    }

    public static async Task<DeskEdition> OfAsync(EditionDirectory directory, int editionId, CancellationToken cancellationToken)
    {
        var all = await directory.AllAsync(cancellationToken);
        return new DeskEdition(all.FirstOrDefault(e => e.Id == editionId) ?? EditionDirectory.Default(all), all);
    }

    /// <summary>A desk path with this edition's key, left bare for the default edition so existing addresses stay as they were.</summary>
    public string PathOf(string path) =>
        Current.IsDefault ? path : path + (path.Contains('?') ? "&" : "?") + "edition=" + Uri.EscapeDataString(Current.Key);

    /// <summary>The same desk page in another edition.</summary>
    public string PathIn(string path, Edition edition) => (this with { Current = edition }).PathOf(path);
}
