using Dateline.Articles;
using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Editions;

/// <summary>
/// The published versions of one story in the site's editions: the article's hreflang alternates and its language
/// switcher. Every version lists the same set, itself included, so the alternates are reciprocal as search engines require.
/// </summary>
public static class Translations
{
    /// <param name="Url">Absolute: a version in another edition carries that edition's prefix, not this request's.</param>
    public sealed record Version(int ArticleId, string Language, string EditionName, string Url, bool IsCurrent, bool InDefaultEdition, bool RightToLeft);

    public static async Task<IReadOnlyList<Version>> OfAsync(
        DatelineDb db, Article article, IReadOnlyList<Edition> editions, string root, DateTime now, CancellationToken cancellationToken)
    {
        var group = article.TranslationGroup;
        // Every version of the story by key and by TranslationOfId (two index lookups), published ones kept here: with
        // the published condition in SQL, SQLite chose the publication-date index and walked every published article.
        var versions = (await db.Articles.AsNoTracking()
            .Where(a => a.Id == group || a.TranslationOfId == group)
            .Select(a => new { a.Id, a.EditionId, a.Language, a.Slug, a.Status, a.PublishedAt })
            .ToListAsync(cancellationToken))
            .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now)
            .OrderBy(a => a.EditionId).ThenBy(a => a.Id).ToList();
        if (versions.Count < 2)
        {
            return [];
        }

        var byId = editions.ToDictionary(e => e.Id);
        return versions.Where(v => byId.ContainsKey(v.EditionId)).Select(v =>
        {
            var edition = byId[v.EditionId];
            var url = root + edition.PathOf(Article.PathFor(v.PublishedAt!.Value, v.Slug));
            return new Version(v.Id, v.Language, edition.Name, url, v.Id == article.Id, edition.IsDefault, edition.Direction == TextDirection.Rtl);
        }).ToList();
    }
}
