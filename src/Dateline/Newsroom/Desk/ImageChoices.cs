using Dateline.Data;
using Dateline.Newsroom.Articles;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Desk;

/// <summary>Images a photo or logo may be chosen from: only those with alt text, so every picture on the site has one.</summary>
public static class ImageChoices
{
    public static async Task<IReadOnlyList<EditorChoices.Option>> LoadAsync(DatelineDb db, int? current, CancellationToken cancellationToken) =>
        await db.Media.AsNoTracking().Where(m => m.AltText != "")
            .OrderByDescending(m => m.Id == current).ThenByDescending(m => m.Id).Take(200)
            .Select(m => new EditorChoices.Option(m.Id, m.AltText)).ToListAsync(cancellationToken);

    public static Task<bool> IsUsableAsync(DatelineDb db, int id, CancellationToken cancellationToken) =>
        db.Media.AnyAsync(m => m.Id == id && m.AltText != "", cancellationToken);
}
