using Dateline.Caching;
using Dateline.Comments;
using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Comments;

/// <summary>The comments waiting for moderators, counted, and the moderators' actions applied in single statements.</summary>
public sealed class ModerationQueue(DatelineDb db, CacheEviction eviction)
{
    /// <summary>Most comments one request may act on: a page holds 50, so more is a script, and a script can ask again.</summary>
    public const int MaxPerAction = 200;

    /// <summary>For the newsroom's navigation on every page, so one indexed COUNT and nothing more.</summary>
    public Task<int> PendingAsync(CancellationToken cancellationToken) =>
        db.Comments.CountAsync(c => c.Status == ModerationStatus.Pending, cancellationToken);

    /// <summary>How many comments each tab holds, in one grouped query; a state with none is 0.</summary>
    public async Task<IReadOnlyDictionary<ModerationStatus, int>> CountsAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Comments.GroupBy(c => c.Status).Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        return Enum.GetValues<ModerationStatus>().ToDictionary(s => s, s => counts.GetValueOrDefault(s));
    }

    /// <summary>Applies the action to those of the comments it applies to; returns how many it changed.</summary>
    public async Task<int> ApplyAsync(ModerationAction action, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var chosen = ids.Distinct().Take(MaxPerAction).ToList();
        var from = action.From;
        var comments = db.Comments.Where(c => chosen.Contains(c.Id) && from.Contains(c.Status));
        if (action.To is { } to)
        {
            // Only the articles these comments are on show the change (their pages and comment feeds).
            var articles = await comments.Select(c => c.ArticleId).Distinct().ToListAsync(cancellationToken);
            int changed;
            using (EvictOnRawWrite.Unseen())
            {
                changed = await comments.ExecuteUpdateAsync(c => c.SetProperty(x => x.Status, to), cancellationToken);
            }

            await EvictAsync(articles);
            return changed;
        }

        return await DeleteAsync(await comments.Select(c => c.Id).ToListAsync(cancellationToken), cancellationToken);
    }

    private Task EvictAsync(IEnumerable<int> articleIds)
    {
        var changed = new ChangedThings();
        changed.Tags.UnionWith(articleIds.Select(CacheTags.Comments).Append(CacheTags.AllComments).Append(CacheTags.Api));
        return eviction.ChangedAsync(db, changed, CancellationToken.None);
    }

    /// <summary>
    /// Deletes comments for good. Their replies stay, as comments of their own (the database refuses a reply whose
    /// parent is gone, and another reader's words are not ours to delete with it).
    /// </summary>
    public async Task<int> DeleteAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return 0;
        }

        var articles = await db.Comments.Where(c => ids.Contains(c.Id)).Select(c => c.ArticleId).Distinct().ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using var unseen = EvictOnRawWrite.Unseen();
        await db.Comments.Where(c => c.ParentId != null && ids.Contains(c.ParentId.Value))
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.ParentId, (int?)null), cancellationToken);
        var deleted = await db.Comments.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
        await EvictAsync(articles);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }
}
