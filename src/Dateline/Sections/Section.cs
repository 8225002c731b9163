namespace Dateline.Sections;

/// <summary>A section of the site (a WordPress "category"), in a tree of any depth.</summary>
public sealed class Section
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int? ParentId { get; set; }
    public Section? Parent { get; set; }
    public List<Section> Children { get; set; } = [];
    public int Position { get; set; }

    /// <summary>Each edition has its own tree; a child is always in its parent's edition.</summary>
    public int EditionId { get; set; } = Editions.Edition.DefaultId;

    /// <summary>Slugs from the root down, joined by '/': "world/asia/afghanistan". Unique within the edition; kept in step with the tree.</summary>
    public string Path { get; set; } = "";

    public string Url => "/category/" + Path;

    /// <summary>True for this section and every section below it (SectionQueries.SubtreeIds is the same rule in SQL).</summary>
    public bool Contains(Section other) =>
        other.Path == Path || other.Path.StartsWith(Path + "/", StringComparison.Ordinal);
}
