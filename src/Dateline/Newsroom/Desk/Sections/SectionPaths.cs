using Dateline.Data;
using Dateline.Editions;
using Dateline.Newsroom.Articles;
using Dateline.Sections;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Desk.Sections;

/// <summary>
/// Keeps Section.Path in step with the tree when a section is renamed or moved: the section and every section below it
/// get their new path, and each old /category/… address answers 301 with its new one. Run inside the caller's transaction.
/// </summary>
public static class SectionPaths
{
    public const int MaxLength = 1000;

    public static async Task MoveAsync(DatelineDb db, ArticleChanges addresses, Section section, string newPath, DateTime now, CancellationToken cancellationToken)
    {
        var oldPath = section.Path;
        var editionId = section.EditionId;
        // Redirect rows hold whole site paths, so a section of the Dari edition moves "/fa/category/…".
        var edition = await db.Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Id == editionId, cancellationToken) ?? Edition.English();
        var below = await db.Sections.Where(s => s.EditionId == editionId && s.Path.StartsWith(oldPath + "/")).ToListAsync(cancellationToken);
        foreach (var moving in below.Prepend(section))
        {
            var from = moving.Path;
            moving.Path = newPath + from[oldPath.Length..];
            await addresses.MoveAsync(edition.PathOf("/category/" + from), edition.PathOf("/category/" + moving.Path), now, cancellationToken);
        }
    }

    /// <summary>How much longer than the section's own path the deepest path below it is.</summary>
    public static async Task<int> DepthBelowAsync(DatelineDb db, int editionId, string path, CancellationToken cancellationToken) =>
        await db.Sections.Where(s => s.EditionId == editionId && s.Path.StartsWith(path + "/")).Select(s => (int?)s.Path.Length).MaxAsync(cancellationToken) is { } longest
            ? longest - path.Length
            : 0;
}
