using Dateline.Editions;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Sections;

public static class SectionQueries
{
    /// <summary>An edition's own section tree.</summary>
    public static IQueryable<Section> InEdition(this IQueryable<Section> sections, int editionId) =>
        sections.Where(s => s.EditionId == editionId);

    /// <summary>The sections from the root down to the one at <paramref name="path"/>: the breadcrumb.</summary>
    public static async Task<IReadOnlyList<Section>> Trail(this IQueryable<Section> sections, string path, CancellationToken cancellationToken)
    {
        var parts = path.Split('/');
        var prefixes = Enumerable.Range(1, parts.Length).Select(n => string.Join('/', parts.Take(n))).ToList();
        var found = await sections.Where(s => prefixes.Contains(s.Path)).ToListAsync(cancellationToken);
        return found.OrderBy(s => s.Path.Length).ToList();
    }

    /// <summary>Ids of the section at <paramref name="path"/> and every section below it.</summary>
    public static Task<List<int>> SubtreeIds(this IQueryable<Section> sections, string path, CancellationToken cancellationToken)
    {
        // Joined here, not in the query: EF evaluates a method call on a captured value by compiling it, on every request.
        var below = path + "/";
        return sections.Where(s => s.Path == path || s.Path.StartsWith(below)).Select(s => s.Id).ToListAsync(cancellationToken);
    }
}
