using System.Data.Common;
using Dateline.Data;
using Dateline.Related;

namespace Dateline.Demo;

/// <summary>
/// What SaveChanges and the related-stories worker would have written for the generator's articles, written in bulk
/// with each batch: their terms, the terms' counts, and related lists chosen within the batch (the same scoring, over
/// the batch's few thousand articles spread across the whole date range instead of the whole index). So a generated
/// million-article site has search and related boxes at once, with no queue of a million refreshes behind it.
/// </summary>
public sealed class SyntheticDiscovery
{
    private readonly List<(int Id, DateTime PublishedAt, IReadOnlyList<Terms.Weighted> Terms)> batch = [];

    public void Add(int articleId, DateTime publishedAt, TermSource source) => batch.Add((articleId, publishedAt, Terms.Of(source)));

    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using (var terms = new BulkInsert(connection, transaction, "ArticleTerms", ["ArticleId", "Term", "Weight", "PublishedAt"]))
        {
            foreach (var (id, published, weighted) in batch)
            {
                foreach (var term in weighted)
                {
                    await terms.AddAsync(cancellationToken, id, term.Term, term.Weight, published);
                }
            }

            await terms.FlushAsync(cancellationToken);
        }

        var counts = batch.SelectMany(a => a.Terms).GroupBy(t => t.Term).ToDictionary(g => g.Key, g => g.Count());
        await using (var frequencies = new BulkInsert(connection, transaction, "TermFrequencies", ["Term", "Articles"],
            """ON CONFLICT ("Term") DO UPDATE SET "Articles" = "TermFrequencies"."Articles" + excluded."Articles" """))
        {
            // In term order, as TermIndex does, so concurrent writers lock rows in the same order.
            foreach (var (term, count) in counts.Append(new(TermFrequency.AllArticles, batch.Count)).OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                await frequencies.AddAsync(cancellationToken, term, count);
            }

            await frequencies.FlushAsync(cancellationToken);
        }

        await using (var related = new BulkInsert(connection, transaction, "RelatedArticles", ["ArticleId", "RelatedId", "Rank", "Score"]))
        {
            foreach (var (id, list) in Lists(counts))
            {
                for (var rank = 0; rank < list.Count; rank++)
                {
                    await related.AddAsync(cancellationToken, id, list[rank].Id, rank, list[rank].Score);
                }
            }

            await related.FlushAsync(cancellationToken);
        }

        batch.Clear();
    }

    // As the index does, each term is looked up only among the articles nearest in time that carry it (the batch is in
    // date order, so a posting list is too): without that, a word every synthetic standfirst uses would make this quadratic.
    private IEnumerable<(int Id, List<RelatedList.Entry> List)> Lists(Dictionary<string, int> counts)
    {
        var postings = new Dictionary<string, List<(int Index, double Weight)>>();
        var positions = new int[batch.Count][];
        for (var i = 0; i < batch.Count; i++)
        {
            positions[i] = new int[batch[i].Terms.Count];
            for (var k = 0; k < batch[i].Terms.Count; k++)
            {
                var term = batch[i].Terms[k];
                var list = postings.TryGetValue(term.Term, out var found) ? found : postings[term.Term] = [];
                positions[i][k] = list.Count;
                list.Add((i, term.Weight));
            }
        }

        var scores = new double[batch.Count];
        var touched = new List<int>();
        for (var i = 0; i < batch.Count; i++)
        {
            for (var k = 0; k < batch[i].Terms.Count; k++)
            {
                var term = batch[i].Terms[k];
                var list = postings[term.Term];
                var idf = Math.Log(1 + (double)batch.Count / counts[term.Term]);
                for (var p = Math.Max(0, positions[i][k] - Candidates.Earlier); p < Math.Min(list.Count, positions[i][k] + Candidates.Later + 1); p++)
                {
                    var (j, weight) = list[p];
                    if (j != i)
                    {
                        if (scores[j] == 0)
                        {
                            touched.Add(j);
                        }

                        scores[j] += term.Weight * weight * idf;
                    }
                }
            }

            var picks = touched
                .Select(j => new RelatedList.Entry(batch[j].Id, Math.Round(scores[j] * Candidates.Closeness(batch[i].PublishedAt, batch[j].PublishedAt), 6)))
                .OrderByDescending(e => e.Score).ThenByDescending(e => e.Id).Take(RelatedList.Length).ToList();
            foreach (var j in touched)
            {
                scores[j] = 0;
            }

            touched.Clear();
            yield return (batch[i].Id, picks);
        }
    }
}
