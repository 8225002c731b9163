using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Articles;

/// <summary>
/// The lists the editor's pickers offer: the edition's sections (as a tree), authors, stories, images with alt text,
/// tag names, and the originals in other editions the article may translate.
/// </summary>
public sealed record EditorChoices(
    IReadOnlyList<EditorChoices.Option> Sections,
    IReadOnlyList<EditorChoices.Option> Authors,
    IReadOnlyList<EditorChoices.Option> Stories,
    IReadOnlyList<EditorChoices.Option> Images,
    IReadOnlyList<string> TagNames)
{
    public const int MaxOriginals = 200;

    public sealed record Option(int Id, string Label);

    public static EditorChoices Empty { get; } = new([], [], [], [], []);

    /// <summary>Recent originals of other editions still without a version in this one, and the current choice whatever its age.</summary>
    public IReadOnlyList<Option> Originals { get; init; } = [];

    public static async Task<EditorChoices> LoadAsync(DatelineDb db, int editionId, int? articleId, int? translationOfId, CancellationToken cancellationToken)
    {
        var choices = await LoadAsync(db, editionId, cancellationToken);
        var self = articleId ?? 0;
        var originals = await db.Articles.AsNoTracking()
            .Where(a => a.EditionId != editionId && a.TranslationOfId == null && a.Id != self
                && (a.Id == translationOfId || !db.Articles.Any(t => t.TranslationOfId == a.Id && t.EditionId == editionId && t.Id != self)))
            .OrderByDescending(a => a.Id == translationOfId).ThenByDescending(a => a.Id).Take(MaxOriginals)
            .Select(a => new Option(a.Id, a.Headline + " · " + a.Edition.Name)).ToListAsync(cancellationToken);
        return choices with { Originals = originals };
    }

    private static async Task<EditorChoices> LoadAsync(DatelineDb db, int editionId, CancellationToken cancellationToken)
    {
        var sections = await db.Sections.AsNoTracking().Where(s => s.EditionId == editionId).OrderBy(s => s.Path)
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
