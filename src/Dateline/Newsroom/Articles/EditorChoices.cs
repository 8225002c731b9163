using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Articles;

/// <summary>The lists the editor's pickers offer: sections (as a tree), authors, stories, images with alt text, tag names.</summary>
public sealed record EditorChoices(
    IReadOnlyList<EditorChoices.Option> Sections,
    IReadOnlyList<EditorChoices.Option> Authors,
    IReadOnlyList<EditorChoices.Option> Stories,
    IReadOnlyList<EditorChoices.Option> Images,
    IReadOnlyList<string> TagNames)
{
    public sealed record Option(int Id, string Label);

    public static EditorChoices Empty { get; } = new([], [], [], [], []);

    public static async Task<EditorChoices> LoadAsync(DatelineDb db, CancellationToken cancellationToken)
    {
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Path)
            .Select(s => new { s.Id, s.Name, s.Path }).ToListAsync(cancellationToken);
        var authors = await db.Authors.AsNoTracking().OrderBy(a => a.Name).Select(a => new Option(a.Id, a.Name)).ToListAsync(cancellationToken);
        var stories = await db.Stories.AsNoTracking().OrderByDescending(s => s.CreatedAt).Take(200)
            .Select(s => new Option(s.Id, s.Title)).ToListAsync(cancellationToken);
        var images = await db.Media.AsNoTracking().Where(m => m.AltText != "").OrderByDescending(m => m.Id).Take(200)
            .Select(m => new Option(m.Id, m.AltText)).ToListAsync(cancellationToken);
        var tags = await db.Tags.AsNoTracking().OrderBy(t => t.Name).Take(1000).Select(t => t.Name).ToListAsync(cancellationToken);
        return new EditorChoices(
            sections.Select(s => new Option(s.Id, string.Concat(Enumerable.Repeat("— ", s.Path.Count(c => c == '/'))) + s.Name)).ToList(),
            authors, stories, images, tags);
    }
}
