using Dateline.Articles;
using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Related;

/// <summary>
/// Finds and scores the articles related to one article, through the term index only: for each of its terms, the
/// articles nearest in time that carry it (one bounded index range before and one after), so the work is the same for
/// a hundred articles as for a million. Score = Σ over shared terms of weight × weight × idf, times closeness in time;
/// it is symmetric, so an article's score in another's list is the same as that one's in its list.
/// </summary>
public sealed class Candidates(DatelineDb db)
{
    public const int Earlier = 100;
    public const int Later = 50;
    public const int Shortlist = 60;

    // Two articles a season apart count half as related as two on the same day.
    private const double HalfLifeDays = 90;

    public sealed record Scored(int Id, double Score, DateTime PublishedAt);

    /// <param name="others">Articles to score whether or not the index ranges find them (lists that show this article).</param>
    public async Task<List<Scored>> FindAsync(
        int articleId, DateTime publishedAt, IReadOnlyList<ArticleTerm> terms, IReadOnlyCollection<int> others, DateTime now, CancellationToken cancellationToken)
    {
        var idf = await IdfAsync(terms, cancellationToken);
        var rough = new Dictionary<int, double>();
        foreach (var term in terms)
        {
            var before = await db.ArticleTerms.AsNoTracking()
                .Where(t => t.Term == term.Term && t.PublishedAt <= publishedAt && t.ArticleId != articleId)
                .OrderByDescending(t => t.PublishedAt).ThenByDescending(t => t.ArticleId).Take(Earlier)
                .Select(t => new { t.ArticleId, t.Weight }).ToListAsync(cancellationToken);
            var after = await db.ArticleTerms.AsNoTracking()
                .Where(t => t.Term == term.Term && t.PublishedAt > publishedAt && t.ArticleId != articleId)
                .OrderBy(t => t.PublishedAt).ThenBy(t => t.ArticleId).Take(Later)
                .Select(t => new { t.ArticleId, t.Weight }).ToListAsync(cancellationToken);
            foreach (var hit in before.Concat(after))
            {
                rough[hit.ArticleId] = rough.GetValueOrDefault(hit.ArticleId) + term.Weight * hit.Weight * idf[term.Term];
            }
        }

        // The ranges see each candidate only through the terms it was found by; the shortlist is scored on all shared terms.
        var shortlist = rough.OrderByDescending(r => r.Value).ThenByDescending(r => r.Key).Take(Shortlist).Select(r => r.Key)
            .Union(others).Where(id => id != articleId).ToList();
        if (shortlist.Count == 0)
        {
            return [];
        }

        var termNames = terms.Select(t => t.Term).ToList();
        var weights = terms.ToDictionary(t => t.Term, t => t.Weight);
        var shared = await db.ArticleTerms.AsNoTracking()
            .Where(t => shortlist.Contains(t.ArticleId) && termNames.Contains(t.Term))
            .Select(t => new { t.ArticleId, t.Term, t.Weight }).ToListAsync(cancellationToken);
        // Related stories stay in the article's edition: a Dari page offers Dari reading, whatever terms a translation shares.
        var edition = await db.Articles.Where(a => a.Id == articleId).Select(a => a.EditionId).FirstOrDefaultAsync(cancellationToken);
        var published = await db.Articles.AsNoTracking().Published(now).Where(a => a.EditionId == edition && shortlist.Contains(a.Id))
            .Select(a => new { a.Id, PublishedAt = a.PublishedAt!.Value }).ToDictionaryAsync(a => a.Id, a => a.PublishedAt, cancellationToken);
        return shared.Where(s => published.ContainsKey(s.ArticleId))
            .GroupBy(s => s.ArticleId)
            .Select(g => new Scored(g.Key, Math.Round(g.Sum(s => weights[s.Term] * s.Weight * idf[s.Term]) * Closeness(publishedAt, published[g.Key]), 6), published[g.Key]))
            .OrderByDescending(s => s.Score).ThenByDescending(s => s.PublishedAt).ThenByDescending(s => s.Id)
            .ToList();
    }

    public static double Closeness(DateTime a, DateTime b) => 1 / (1 + Math.Abs((a - b).TotalDays) / HalfLifeDays);

    // A term every article carries says nothing; one only two articles share says a great deal.
    private async Task<Dictionary<string, double>> IdfAsync(IReadOnlyList<ArticleTerm> terms, CancellationToken cancellationToken)
    {
        var names = terms.Select(t => t.Term).Append(TermFrequency.AllArticles).ToList();
        var counts = await db.TermFrequencies.AsNoTracking().Where(f => names.Contains(f.Term))
            .ToDictionaryAsync(f => f.Term, f => f.Articles, cancellationToken);
        var all = Math.Max(counts.GetValueOrDefault(TermFrequency.AllArticles), 1);
        return terms.ToDictionary(t => t.Term, t => Math.Log(1 + (double)all / Math.Max(counts.GetValueOrDefault(t.Term), 1)));
    }
}
