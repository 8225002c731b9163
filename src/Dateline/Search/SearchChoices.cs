using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Search;

/// <summary>What the filter form offers: every section as a tree, and every author.</summary>
public sealed record SearchChoices(IReadOnlyList<SearchChoices.Choice> Sections, IReadOnlyList<SearchChoices.Choice> Authors)
{
    /// <summary>An option: the value the address carries, the name the reader sees, and its depth in the section tree.</summary>
    public sealed record Choice(string Value, string Label, int Depth = 0);

    public static async Task<SearchChoices> LoadAsync(DatelineDb db, int editionId, CancellationToken cancellationToken)
    {
        var sections = await db.Sections.AsNoTracking().Where(s => s.EditionId == editionId).OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new { s.Id, s.ParentId, s.Name, s.Path }).ToListAsync(cancellationToken);
        var children = sections.ToLookup(s => s.ParentId);
        var tree = new List<Choice>();
        AddBelow(null, 0);

        // Every author, not only those with a published article: finding those would read the whole archive on every search.
        var authors = await db.Authors.AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new Choice(a.Slug, a.Name, 0)).ToListAsync(cancellationToken);
        return new SearchChoices(tree, authors);

        void AddBelow(int? parentId, int depth)
        {
            foreach (var section in children[parentId])
            {
                tree.Add(new Choice(section.Path, section.Name, depth));
                AddBelow(section.Id, depth + 1);
            }
        }
    }
}
