using System.Runtime.ExceptionServices;
using Dateline.Articles;

namespace Dateline.WordPress;

/// <summary>
/// The batch's post and page bodies turned into Dateline HTML (blocks, shortcodes, paragraphs, the sanitizer) with an
/// article's plain text, on every core and before the batch is written: that conversion is most of an import's CPU,
/// and the database writes are one stream, so the two overlap instead of taking turns.
/// </summary>
public sealed class ConvertedBodies
{
    private readonly Dictionary<WxrItem, (string Html, string? Text, ExceptionDispatchInfo? Failure)> bodies = new(ReferenceEqualityComparer.Instance);

    private ConvertedBodies()
    {
    }

    /// <summary>
    /// Converts on the thread pool. It reads what <paramref name="attachments"/> knows, so it must not run while a
    /// write can still add to that (a batch with copied files does, once it commits).
    /// </summary>
    public static Task<ConvertedBodies> ConvertAsync(IReadOnlyList<WxrItem> batch, WordPressAttachments attachments, CancellationToken cancellationToken) =>
        Task.Run(() =>
        {
            var items = batch.Where(i => i.PostType is "post" or "page").ToArray();
            var results = new (string Html, string? Text, ExceptionDispatchInfo? Failure)[items.Length];
            Parallel.For(0, items.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                try
                {
                    var html = WordPressContent.ToHtml(items[i].Content, attachments.LocalUrl, attachments.UrlById);
                    results[i] = (html, items[i].PostType == "post" ? ArticleBody.PlainText(html) : null, null);
                }
                catch (ArgumentException tooLong)
                {
                    // Kept for the item's own turn, where a failure is counted against that item alone.
                    results[i] = ("", null, ExceptionDispatchInfo.Capture(tooLong));
                }
            });
            var converted = new ConvertedBodies();
            for (var i = 0; i < items.Length; i++)
            {
                converted.bodies[items[i]] = results[i];
            }

            return converted;
        }, cancellationToken);

    /// <summary>The item's HTML and (for a post) plain text; throws the item's own conversion failure again.</summary>
    public (string Html, string? Text) For(WxrItem item)
    {
        var (html, text, failure) = bodies[item];
        failure?.Throw();
        return (html, text);
    }
}
