using System.Text;
using Dateline.Data;
using Dateline.Nodes;
using Dateline.Site;
using Microsoft.EntityFrameworkCore;

namespace Dateline.MostRead;

/// <summary>
/// Writes the counted reads to ArticleViews every 30 seconds and once more when the site stops: one transaction per
/// flush, adding to each (article, hour) row with INSERT … ON CONFLICT DO UPDATE, which SQLite and PostgreSQL both
/// speak, so several nodes can add to the same hour without losing each other's counts.
/// </summary>
public sealed class FlushArticleViews(ReadCounter counter, IServiceScopeFactory scopes, IWorkLock locks, TimeProvider clock, ILogger<FlushArticleViews> logger)
    : RecurringWork(clock, logger)
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(30);

    // Three parameters a row; well inside both engines' limits on parameters per statement.
    private const int RowsPerStatement = 300;

    protected override TimeSpan Interval => Every;

    protected override string Failure => "Article views could not be saved";

    protected override async Task RoundAsync(CancellationToken cancellationToken) => await FlushAsync(cancellationToken);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await FlushAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Article views counted since the last flush could not be saved at shutdown: {Reason}", e.GetBaseException().Message);
        }
    }

    /// <returns>How many reads were written.</returns>
    public async Task<int> FlushAsync(CancellationToken cancellationToken)
    {
        var reads = counter.Drain();
        if (reads.Count == 0)
        {
            return 0;
        }

        try
        {
            return await WriteAsync(reads, cancellationToken);
        }
        catch
        {
            counter.Restore(reads);
            throw;
        }
    }

    private async Task<int> WriteAsync(IReadOnlyList<(ReadCounter.Read Read, int Views)> reads, CancellationToken cancellationToken)
    {
        // Every node writes its own counts, one node at a time: two flushes adding to the same rows in different orders
        // would deadlock each other in PostgreSQL.
        await using var held = await locks.TryTakeAsync("article-views", TimeSpan.FromSeconds(10), cancellationToken)
            ?? throw new TimeoutException("another node kept the article-views lock");
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDb>();
        var slugs = reads.Select(r => r.Read.Slug).Distinct().ToList();
        // A slug that no longer names an article (renamed or deleted since the read) is dropped here.
        var ids = await db.Articles.Where(a => slugs.Contains(a.Slug)).Select(a => new { a.Slug, a.Id })
            .ToDictionaryAsync(a => a.Slug, a => a.Id, cancellationToken);
        var rows = reads.Where(r => ids.ContainsKey(r.Read.Slug))
            .GroupBy(r => (Id: ids[r.Read.Slug], r.Read.Hour), r => r.Views)
            .Select(g => (g.Key.Id, g.Key.Hour, Views: g.Sum()))
            .ToList();
        if (rows.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder("INSERT INTO \"ArticleViews\" (\"ArticleId\", \"Hour\", \"Views\") VALUES ");
            var values = new List<object>(chunk.Length * 3);
            foreach (var (id, hour, views) in chunk)
            {
                sql.Append(values.Count == 0 ? "" : ", ").Append($"({{{values.Count}}}, {{{values.Count + 1}}}, {{{values.Count + 2}}})");
                values.AddRange([id, hour, views]);
            }

            sql.Append(" ON CONFLICT (\"ArticleId\", \"Hour\") DO UPDATE SET \"Views\" = \"ArticleViews\".\"Views\" + excluded.\"Views\"");
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), values, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return rows.Sum(r => r.Views);
    }
}
