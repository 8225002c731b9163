using Dateline.Data;
using Dateline.Tags;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Articles;

/// <summary>
/// The article page's reads of the article itself, compiled once (CompiledPerModel): EF otherwise hashes and looks up
/// each query's expression tree on every render. One statement finds the article, one reads it with what it has one
/// of, and one reads each list by the article's key. (EF's split query repeated the whole five-table article lookup in
/// each list's statement, which took SQLite five times as long to prepare.)
/// </summary>
public static class ArticlePageReads
{
    // ArticleQueries.Published's rule, written out: a compiled query cannot call it.
    private static readonly CompiledPerModel<Func<DatelineDb, string, DateTime, CancellationToken, Task<int>>> PublishedIdBySlug = new(() => EF.CompileAsyncQuery(
        (DatelineDb db, string slug, DateTime now, CancellationToken _) => db.Articles
            .Where(a => a.Slug == slug && a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= now)
            .Select(a => a.Id)
            .SingleOrDefault()));

    private static readonly CompiledPerModel<Func<DatelineDb, int, CancellationToken, Task<Article?>>> ById = new(() => EF.CompileAsyncQuery(
        (DatelineDb db, int id, CancellationToken _) => db.Articles.AsNoTracking()
            .Include(a => a.PrimarySection)
            .Include(a => a.FeaturedImage)
            .Include(a => a.SocialImage)
            .Include(a => a.Story)
            .SingleOrDefault(a => a.Id == id)));

    private static readonly CompiledPerModel<Func<DatelineDb, int, IAsyncEnumerable<Tag>>> TagsOf = new(() => EF.CompileAsyncQuery<DatelineDb, int, Tag>(
        (DatelineDb db, int id) => db.Articles.AsNoTracking().Where(a => a.Id == id).SelectMany(a => a.Tags).OrderBy(t => t.Name)));

    private static readonly CompiledPerModel<Func<DatelineDb, int, IAsyncEnumerable<Byline>>> BylinesOf = new(() => EF.CompileAsyncQuery<DatelineDb, int, Byline>(
        (DatelineDb db, int id) => db.Bylines.AsNoTracking().Include(b => b.Author).Where(b => b.ArticleId == id).OrderBy(b => b.Position)));

    private static readonly CompiledPerModel<Func<DatelineDb, int, IAsyncEnumerable<Correction>>> CorrectionsOf = new(() => EF.CompileAsyncQuery<DatelineDb, int, Correction>(
        (DatelineDb db, int id) => db.Corrections.AsNoTracking().Where(c => c.ArticleId == id).OrderBy(c => c.PublishedAt)));

    /// <summary>The published article at <paramref name="slug"/> (lower case), with its parts; null if readers cannot see one.</summary>
    public static async Task<Article?> PublishedAsync(DatelineDb db, string slug, DateTime now, CancellationToken cancellationToken) =>
        await PublishedIdBySlug.For(db)(db, slug, now, cancellationToken) is var id and > 0 ? await WithPartsAsync(db, id, cancellationToken) : null;

    /// <summary>The article with the id, in any state (the newsroom's preview), with its parts.</summary>
    public static async Task<Article?> WithPartsAsync(DatelineDb db, int id, CancellationToken cancellationToken)
    {
        if (await ById.For(db)(db, id, cancellationToken) is not { } article)
        {
            return null;
        }

        article.Tags = await TagsOf.For(db)(db, id).ToListAsync(cancellationToken);
        article.Bylines = await BylinesOf.For(db)(db, id).ToListAsync(cancellationToken);
        article.Corrections = await CorrectionsOf.For(db)(db, id).ToListAsync(cancellationToken);
        return article;
    }
}
