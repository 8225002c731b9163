using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Comments;

/// <summary>
/// An approved comment with its approved replies, as readers see it, plus the held comments this reader wrote
/// (IsHeld; see HeldComments). Holds no email address.
/// </summary>
public sealed record CommentThread(
    int Id, string AuthorName, string? AuthorUrl, string Body, DateTime CreatedAt, bool IsHeld, bool IsStaff, int Depth, IReadOnlyList<CommentThread> Replies)
{
    public const int MaxDepth = 5;

    /// <summary>Bounds the page: paging through longer conversations belongs to the comments feature.</summary>
    public const int MaxShown = 1000;

    private sealed record Row(int Id, int? ParentId, string AuthorName, string? AuthorUrl, string Body, DateTime CreatedAt, ModerationStatus Status, bool IsStaff);

    /// <param name="heldIds">This reader's own held comments (from their signed cookie), shown only to them.</param>
    public static async Task<(IReadOnlyList<CommentThread> Threads, int Count)> LoadAsync(
        DatelineDb db, int articleId, IReadOnlyCollection<int> heldIds, CancellationToken cancellationToken)
    {
        var approved = db.Comments.AsNoTracking().Where(c => c.ArticleId == articleId && c.Status == ModerationStatus.Approved);
        var shown = heldIds.Count == 0 ? approved
            : db.Comments.AsNoTracking().Where(c => c.ArticleId == articleId
                && (c.Status == ModerationStatus.Approved || heldIds.Contains(c.Id) && c.Status != ModerationStatus.Trash));
        // StaffUserId also marks the member who last edited a reader's comment, so staff means written under a member's
        // own address too: a moderator's correction never passes a reader off as the newsroom, and a colleague's
        // correction of a staff reply keeps its badge.
        var rows = await shown.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Take(MaxShown)
            .Select(c => new Row(c.Id, c.ParentId, c.AuthorName, c.AuthorUrl, c.Body, c.CreatedAt, c.Status,
                c.StaffUserId != null && db.Users.Any(u => u.Email == c.AuthorEmail)))
            .ToListAsync(cancellationToken);
        var approvedShown = rows.Count(r => r.Status == ModerationStatus.Approved);
        var count = rows.Count < MaxShown ? approvedShown : await approved.CountAsync(cancellationToken);
        var placed = Place(rows);
        var children = rows.ToLookup(r => placed[r.Id].Parent);

        IReadOnlyList<CommentThread> Build(int? parentId) =>
            children[parentId].Select(r => new CommentThread(
                r.Id, r.AuthorName, r.AuthorUrl, r.Body, r.CreatedAt, r.Status != ModerationStatus.Approved, r.IsStaff, placed[r.Id].Depth, Build(r.Id))).ToList();

        return (Build(null), count);
    }

    /// <summary>
    /// Where each comment is shown: under its parent, except that a reply to a comment at the deepest level
    /// sits beside that comment, and a reply whose parent is not shown (held, spam, beyond the limit) starts
    /// a thread of its own. Iterative, so a long or even circular chain of replies cannot overflow the stack.
    /// </summary>
    private static Dictionary<int, (int? Parent, int Depth)> Place(IReadOnlyList<Row> rows)
    {
        var byId = rows.ToDictionary(r => r.Id);
        var placed = new Dictionary<int, (int? Parent, int Depth)>();
        foreach (var row in rows)
        {
            var chain = new List<int>();
            var seen = new HashSet<int>();
            for (int? current = row.Id; current is int id && !placed.ContainsKey(id) && seen.Add(id);)
            {
                chain.Add(id);
                current = byId[id].ParentId is int parent && byId.ContainsKey(parent) ? parent : null;
            }

            for (var i = chain.Count - 1; i >= 0; i--)
            {
                var id = chain[i];
                placed[id] = byId[id].ParentId is int parent && placed.TryGetValue(parent, out var above)
                    ? above.Depth < MaxDepth ? (parent, above.Depth + 1) : above
                    : (null, 1);
            }
        }

        return placed;
    }
}
