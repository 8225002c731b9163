using Dateline.Articles;
using Dateline.Data;
using Dateline.Media;
using Microsoft.EntityFrameworkCore;

namespace Dateline.WordPress;

/// <summary>
/// Imports a WordPress export into the site: authors, categories and tags first (one transaction), then posts, pages
/// and attachments in batches (<see cref="BatchSize"/> items by default) (one transaction each, with their mapping rows), then what
/// needs everything in place: featured images read before their attachment, attachment pages, and the menu.
/// Keyed on the exporting site and WordPress ids, so running it again, or after an interruption, converges on one
/// clean run's result. Memory stays flat: one batch of items at a time, plus the (small) terms.
/// </summary>
public sealed class WordPressImport(DatelineDb db, TimeProvider clock, string mediaDirectory, int batchSize = WordPressImport.BatchSize)
{
    /// <summary>Items per transaction: large enough that commits do not dominate, small enough that a batch is cheap to redo.</summary>
    public const int BatchSize = 500;

    /// <summary>Items handed to the database so far, for progress and for tests that interrupt a run.</summary>
    public event Action<int>? BatchWritten;

    public async Task<ImportSummary> RunAsync(Stream file, string? uploads, string? menu, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            // Commits stop waiting for the disk (the log is synced at checkpoints instead): a batch lost to a power cut is
            // one the import's mapping rows do not have either, so running it again brings it in. It is this connection's
            // setting only, and set back below before the connection returns to the pool.
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous = NORMAL;", cancellationToken);
        }

        try
        {
            var summary = await ImportAsync(file, uploads, menu, progress, cancellationToken);
            // A large import changes the tables' shape: the site's first reads after it plan with the new one.
            await PlannerStatistics.RefreshAsync(db, cancellationToken);
            return summary;
        }
        finally
        {
            if (sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous = FULL;", CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<ImportSummary> ImportAsync(Stream file, string? uploads, string? menu, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var summary = new ImportSummary();
        using var reader = new WxrReader(file, ArticleBody.MaxLength);
        WxrChannel? channel = null;
        WordPressTerms? terms = null;
        WordPressAttachments? attachments = null;
        WordPressItems? items = null;
        var authors = new List<WxrAuthor>();
        var termList = new List<WxrTerm>();
        var batch = new List<WxrItem>(batchSize);
        var menuItems = new List<WxrItem>();
        var written = 0;

        async Task StartItemsAsync()
        {
            if (terms is not null || channel is null)
            {
                return;
            }

            terms = new WordPressTerms(db, channel, summary, clock);
            await terms.SaveAsync(authors, termList, cancellationToken);
            attachments = new WordPressAttachments(db, channel, uploads, new ImageIntake(mediaDirectory, clock));
            await attachments.LoadAsync(cancellationToken);
            items = new WordPressItems(db, channel, terms, attachments, summary, clock);
        }

        // At most two batches are in hand: one being written, the next being converted meanwhile. Each write refers to its
        // own batch only, so a finished batch is garbage at once, whatever the length of the export.
        Task? writing = null;

        async Task FlushAsync()
        {
            if (batch.Count == 0 || items is null || attachments is null)
            {
                return;
            }

            var full = batch;
            batch = new List<WxrItem>(batchSize);
            // Bodies are converted while the batch before is still being written, unless files are being copied: then a
            // body may point at a picture that batch brings, known only once it commits.
            var converting = uploads is null ? ConvertedBodies.ConvertAsync(full, attachments, cancellationToken) : null;
            if (writing is not null)
            {
                await writing;
                writing = null;
            }

            converting ??= ConvertedBodies.ConvertAsync(full, attachments, cancellationToken);
            writing = WriteBatchAsync(full, converting, items);
        }

        async Task WriteBatchAsync(List<WxrItem> full, Task<ConvertedBodies> converting, WordPressItems items)
        {
            await items.WriteAsync(full, await converting, cancellationToken);
            written += full.Count;
            progress?.Report(file.CanSeek ? file.Position : written);
            BatchWritten?.Invoke(written);
        }

        try
        {
            while (reader.Next() is { } entry)
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (entry)
                {
                    case WxrChannel given:
                        channel = given;
                        break;
                    case WxrAuthor author:
                        authors.Add(author);
                        break;
                    case WxrTerm term:
                        termList.Add(term);
                        break;
                    case WxrRefusedItem refused:
                        summary.Fail(refused.PostType == "page" ? WordPressKind.Page : refused.PostType == "attachment" ? WordPressKind.Attachment : WordPressKind.Post,
                            $"item {refused.PostId ?? "without an id"} (line {refused.Line}, column {refused.Column})", refused.Reason);
                        break;
                    case WxrItem item when item.PostType is "post" or "page" or "attachment":
                        await StartItemsAsync();
                        batch.Add(item);
                        if (batch.Count >= batchSize)
                        {
                            await FlushAsync();
                        }

                        break;
                    case WxrItem item when item.PostType == "nav_menu_item":
                        menuItems.Add(item);
                        break;
                    case WxrItem item:
                        summary.Skip(WordPressKind.Post, $"post type “{item.PostType}” is not imported");
                        break;
                }
            }
        }
        catch (WxrFormatException malformed)
        {
            summary.FatalError = malformed.Message;
        }
        catch when (writing is not null)
        {
            // Stopped (Ctrl+C) or failed: the batch in flight finishes or fails on its own before the database goes away.
            await Task.WhenAny(writing);
            throw;
        }

        // Items read whole before a fault are as good as any; the one at fault was never added to the batch.
        await StartItemsAsync();
        await FlushAsync();
        await (writing ?? Task.CompletedTask);
        if (items is not null && attachments is not null && terms is not null && channel is not null)
        {
            var finishing = new WordPressFinishing(db, channel, terms, attachments, summary, clock, batchSize);
            await finishing.FeaturedImagesAsync(items.PendingFeaturedImages, cancellationToken);
            await finishing.AttachmentPagesAsync(cancellationToken);
            if (summary.FatalError is null)
            {
                await finishing.MenuAsync(menuItems, menu, cancellationToken);
            }
        }

        return summary;
    }
}
