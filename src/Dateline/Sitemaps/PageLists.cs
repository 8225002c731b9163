using Dateline.Editions;
using Dateline.Articles;
using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Sitemaps;

/// <summary>
/// The pages other than articles, by kind, in a stable order (by id) so a file split in parts stays put. Tags,
/// authors and stories appear once they have a published article: an empty list page is nothing to index.
/// </summary>
public static class PageLists
{
    public sealed record Entry(string Path, DateTime? LastModified);

    /// <summary>Addresses a list starts with that no table holds: the front page heads the list of pages.</summary>
    public static IReadOnlyList<Entry> Leading(string kind) => kind == "pages" ? [new Entry("/", null)] : [];

    public static IQueryable<Entry> Of(DatelineDb db, int editionId, string kind, DateTime now)
    {
        var published = db.Articles.AsNoTracking().InEdition(editionId).Published(now);
        return kind switch
        {
            "pages" => db.StaticPages.AsNoTracking().Where(p => p.IsPublished).OrderBy(p => p.Id)
                .Select(p => new Entry("/" + p.Slug, p.UpdatedAt)),
            "sections" => db.Sections.AsNoTracking().Where(s => s.EditionId == editionId).OrderBy(s => s.Id)
                .Select(s => new Entry("/category/" + s.Path, null)),
            "tags" => db.Tags.AsNoTracking().Where(t => published.Any(a => a.Tags.Any(x => x.Id == t.Id))).OrderBy(t => t.Id)
                .Select(t => new Entry("/tag/" + t.Slug, null)),
            "authors" => db.Authors.AsNoTracking().Where(w => published.Any(a => a.Bylines.Any(b => b.AuthorId == w.Id))).OrderBy(w => w.Id)
                .Select(w => new Entry("/author/" + w.Slug, null)),
            "stories" => db.Stories.AsNoTracking().Where(s => published.Any(a => a.StoryId == s.Id)).OrderBy(s => s.Id)
                .Select(s => new Entry("/story/" + s.Slug, null)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of sitemap list."),
        };
    }

    public static async Task<int> CountAsync(DatelineDb db, int editionId, string kind, DateTime now, CancellationToken cancellationToken) =>
        Leading(kind).Count + await Of(db, editionId, kind, now).CountAsync(cancellationToken);

    /// <summary>The entries of one part: the leading ones count toward the first part like any other.</summary>
    public static async IAsyncEnumerable<Entry> PartAsync(DatelineDb db, int editionId, string kind, DateTime now, int part, int perFile,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var leading = Leading(kind);
        var skip = (part - 1) * perFile;
        foreach (var entry in leading.Skip(skip).Take(perFile))
        {
            yield return entry;
        }

        var fromTable = Of(db, editionId, kind, now).Skip(Math.Max(0, skip - leading.Count)).Take(perFile - Math.Max(0, Math.Min(leading.Count - skip, perFile)));
        await foreach (var entry in fromTable.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return entry;
        }
    }
}
