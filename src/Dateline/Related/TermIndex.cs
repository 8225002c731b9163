using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Related;

/// <summary>
/// Keeps one article's rows of ArticleTerms and the TermFrequencies counts in step, by difference: only the terms that
/// came or went change a count, with increments done in the database so two writers never lose one. Runs inside the
/// caller's transaction.
/// </summary>
public sealed class TermIndex(DatelineDb db)
{
    /// <summary>Makes <paramref name="terms"/> the article's terms (none: it leaves the index).</summary>
    public async Task ReplaceAsync(int articleId, IReadOnlyList<Terms.Weighted> terms, DateTime publishedAt, CancellationToken cancellationToken)
    {
        var old = await db.ArticleTerms.Where(t => t.ArticleId == articleId).Select(t => t.Term).ToListAsync(cancellationToken);
        var deleted = await db.ArticleTerms.Where(t => t.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        if (deleted != old.Count)
        {
            // Another refresh of the same article got there first; this one gives way and is retried from the queue.
            throw new DbUpdateConcurrencyException($"The terms of article {articleId} changed while they were being replaced.");
        }

        db.ArticleTerms.AddRange(terms.Select(t => new ArticleTerm { ArticleId = articleId, Term = t.Term, Weight = t.Weight, PublishedAt = publishedAt }));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var now = terms.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        var gone = old.Where(t => !now.Contains(t)).ToList();
        var came = now.Where(t => !old.Contains(t)).ToList();
        if (old.Count == 0 && now.Count > 0)
        {
            came.Add(TermFrequency.AllArticles);
        }
        else if (old.Count > 0 && now.Count == 0)
        {
            gone.Add(TermFrequency.AllArticles);
        }

        await CountAsync(db, came.Select(t => (t, 1)).ToList(), cancellationToken);
        if (gone.Count > 0)
        {
            await db.TermFrequencies.Where(f => gone.Contains(f.Term))
                .ExecuteUpdateAsync(f => f.SetProperty(x => x.Articles, x => x.Articles - 1), cancellationToken);
        }
    }

    /// <summary>Adds to the counts of terms, creating the ones not counted yet: one statement, the same on both providers.</summary>
    public static async Task CountAsync(DatelineDb db, IReadOnlyList<(string Term, int Articles)> counts, CancellationToken cancellationToken)
    {
        // Always in the same order, so two writers touching the same terms take their row locks in the same order.
        var ordered = counts.OrderBy(c => c.Term, StringComparer.Ordinal).ToList();
        foreach (var chunk in ordered.Chunk(400))
        {
            var values = string.Join(", ", chunk.Select((_, i) => $"({{{2 * i}}}, {{{2 * i + 1}}})"));
            var parameters = chunk.SelectMany(c => new object[] { c.Term, c.Articles }).ToArray();
            // Only placeholders are spliced in; the terms travel as parameters.
            var sql = $"""
                INSERT INTO "TermFrequencies" ("Term", "Articles") VALUES {values}
                ON CONFLICT ("Term") DO UPDATE SET "Articles" = "TermFrequencies"."Articles" + excluded."Articles"
                """;
            await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
        }
    }
}
