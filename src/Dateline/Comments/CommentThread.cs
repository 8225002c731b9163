using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Comments;

/// <summary>An approved comment with its approved replies, as readers see it. Holds no email address.</summary>
public sealed record CommentThread(int Id, string AuthorName, string? AuthorUrl, string Body, DateTime CreatedAt, IReadOnlyList<CommentThread> Replies)
{
    public const int MaxDepth = 5;

    public static async Task<(IReadOnlyList<CommentThread> Threads, int Count)> LoadApprovedAsync(
        DatelineDb db, int articleId, CancellationToken cancellationToken)
    {
        var rows = await db.Comments.AsNoTracking()
            .Where(c => c.ArticleId == articleId && c.Status == ModerationStatus.Approved)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.ParentId, c.AuthorName, c.AuthorUrl, c.Body, c.CreatedAt })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToHashSet();
        // A reply whose parent is not shown (held, spam) is shown at the top level rather than lost.
        var children = rows.ToLookup(r => r.ParentId is { } parent && ids.Contains(parent) ? parent : (int?)null);

        IReadOnlyList<CommentThread> Build(int? parentId, int depth) =>
            children[parentId].Select(r => new CommentThread(
                r.Id, r.AuthorName, r.AuthorUrl, r.Body, r.CreatedAt,
                depth < MaxDepth ? Build(r.Id, depth + 1) : Flatten(r.Id))).ToList();

        // Past the deepest level, the rest of the conversation is listed at that level in date order.
        IReadOnlyList<CommentThread> Flatten(int parentId) =>
            children[parentId].SelectMany(r => new[] { new CommentThread(r.Id, r.AuthorName, r.AuthorUrl, r.Body, r.CreatedAt, []) }
                .Concat(Flatten(r.Id))).ToList();

        return (Build(null, 1), rows.Count);
    }
}
