using Dateline.Articles;
using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Related;

/// <summary>
/// Rebuilds everything discovery derives from the articles: their plain text, the full-text index, the term index and
/// its counts, and every related list. Each phase goes in batches by Id, each batch its own transaction, and where it
/// got to is noted in the data directory, so an interrupted run is continued, not restarted, by the next one.
/// </summary>
public sealed class Reindexing(DatelineDb db, RelatedStories stories, TimeProvider clock, string progressFile)
{
    public enum Phase { BodyText, SearchIndex, Terms, Frequencies, Lists }

    public sealed record Step(Phase Phase, int Done, int Total);

    public sealed record Summary(int TextsUpdated, int TermsUpdated, int ListsComputed, bool Resumed);

    private const int BatchSize = 500;

    public async Task<Summary> RunAsync(IProgress<Step> progress, CancellationToken cancellationToken)
    {
        var (phase, after) = ReadProgress();
        var resumed = File.Exists(progressFile);
        var total = await db.Articles.CountAsync(cancellationToken);
        int texts = 0, terms = 0, lists = 0;
        if (phase <= Phase.BodyText)
        {
            texts = await InBatchesAsync(Phase.BodyText, phase == Phase.BodyText ? after : 0, total, progress, BodyTextAsync, cancellationToken);
        }

        if (phase <= Phase.SearchIndex)
        {
            await FullTextIndex.RebuildAsync(db, cancellationToken);
            Save(Phase.Terms, 0);
            progress.Report(new Step(Phase.SearchIndex, 1, 1));
        }

        if (phase <= Phase.Terms)
        {
            terms = await InBatchesAsync(Phase.Terms, phase == Phase.Terms ? after : 0, total, progress, TermsAsync, cancellationToken);
        }

        if (phase <= Phase.Frequencies)
        {
            await RecountAsync(cancellationToken);
            Save(Phase.Lists, 0);
            progress.Report(new Step(Phase.Frequencies, 1, 1));
        }

        lists = await InBatchesAsync(Phase.Lists, phase == Phase.Lists ? after : 0, total, progress, ListsAsync, cancellationToken);
        File.Delete(progressFile);
        return new Summary(texts, terms, lists, resumed);
    }

    private async Task<int> InBatchesAsync(
        Phase phase, int after, int total, IProgress<Step> progress, Func<List<int>, CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        var done = after == 0 ? 0 : await db.Articles.CountAsync(a => a.Id <= after, cancellationToken);
        var changed = 0;
        progress.Report(new Step(phase, done, total));
        while (true)
        {
            var ids = await db.Articles.AsNoTracking().Where(a => a.Id > after).OrderBy(a => a.Id).Select(a => a.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                Save(phase + 1, 0);
                return changed;
            }

            changed += await work(ids, cancellationToken);
            after = ids[^1];
            done += ids.Count;
            Save(phase, after);
            progress.Report(new Step(phase, done, total));
        }
    }

    // Plain text written by an older version, or by a bulk writer that skipped it, is brought up to date.
    private async Task<int> BodyTextAsync(List<int> ids, CancellationToken cancellationToken)
    {
        var rows = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.BodyHtml, a.BodyText }).ToListAsync(cancellationToken);
        var stale = rows.Select(r => (r.Id, Text: ArticleBody.PlainText(r.BodyHtml), r.BodyText)).Where(r => r.Text != r.BodyText).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (id, text, _) in stale)
        {
            // Not through SaveChanges: the article's version stays, so an editor with it open is not told of a conflict.
            await db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(a => a.SetProperty(x => x.BodyText, text), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return stale.Count;
    }

    private async Task<int> TermsAsync(List<int> ids, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var articles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Id, a.Status, a.PublishedAt, a.Headline, a.Standfirst, a.BodyText, a.Language, a.DatelinePlace, a.PrimarySectionId, a.StoryId,
                TagIds = a.Tags.Select(t => t.Id).ToList(),
            })
            .ToListAsync(cancellationToken);
        var stored = (await db.ArticleTerms.AsNoTracking().Where(t => ids.Contains(t.ArticleId)).ToListAsync(cancellationToken)).ToLookup(t => t.ArticleId);
        var rewrite = new List<ArticleTerm>();
        var changed = new List<int>();
        foreach (var a in articles)
        {
            var listed = a.Status == ArticleStatus.Published && a.PublishedAt <= now;
            var wanted = listed
                ? Terms.Of(new TermSource(a.Headline, a.Standfirst, a.BodyText, a.Language, a.DatelinePlace, a.PrimarySectionId, a.StoryId, a.TagIds))
                    .Select(t => new ArticleTerm { ArticleId = a.Id, Term = t.Term, Weight = t.Weight, PublishedAt = a.PublishedAt!.Value }).ToList()
                : [];
            static string Key(ArticleTerm t) => $"{t.Term}\u0001{t.Weight:R}\u0001{t.PublishedAt.Ticks}";
            if (!wanted.Select(Key).Order().SequenceEqual(stored[a.Id].Select(Key).Order()))
            {
                changed.Add(a.Id);
                rewrite.AddRange(wanted);
            }
        }

        var unlisted = articles.Where(a => !(a.Status == ArticleStatus.Published && a.PublishedAt <= now)).Select(a => a.Id).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.ArticleTerms.Where(t => changed.Contains(t.ArticleId)).ExecuteDeleteAsync(cancellationToken);
        await db.RelatedArticles.Where(r => unlisted.Contains(r.ArticleId) || unlisted.Contains(r.RelatedId)).ExecuteDeleteAsync(cancellationToken);
        db.ArticleTerms.AddRange(rewrite);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return changed.Count;
    }

    // Counted afresh from the index in one transaction: whatever drift the incremental counts had is gone.
    private async Task RecountAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.TermFrequencies.ExecuteDeleteAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "TermFrequencies" ("Term", "Articles") SELECT "Term", COUNT(*) FROM "ArticleTerms" GROUP BY "Term" """, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "TermFrequencies" ("Term", "Articles") SELECT '', COUNT(DISTINCT "ArticleId") FROM "ArticleTerms" """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<int> ListsAsync(List<int> ids, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var listed = await db.Articles.AsNoTracking().Published(now).Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var id in listed)
        {
            // Every list is computed against the complete index, so offering each article to the others adds nothing.
            await stories.ListAsync(id, reverse: false, cancellationToken);
        }

        return listed.Count;
    }

    private (Phase Phase, int After) ReadProgress()
    {
        var parts = File.Exists(progressFile) ? File.ReadAllText(progressFile).Split(' ') : [];
        return parts.Length == 2 && Enum.TryParse<Phase>(parts[0], out var phase) && int.TryParse(parts[1], out var after)
            ? (phase, after)
            : (Phase.BodyText, 0);
    }

    private void Save(Phase phase, int after) => File.WriteAllText(progressFile, $"{phase} {after}");
}
