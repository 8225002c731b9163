using System.Data.Common;
using System.Text.RegularExpressions;
using Dateline.Articles;
using Dateline.Authors;
using Dateline.Comments;
using Dateline.Editions;
using Dateline.Media;
using Dateline.Sections;
using Dateline.Site;
using Dateline.StaticPages;
using Dateline.Stories;
using Dateline.Tags;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dateline.Caching;

/// <summary>
/// Statements that change rows without the change tracker (ExecuteUpdate, ExecuteDelete, raw SQL) cannot say which
/// rows they touched; for a table readers see, they evict every response that shows that kind of thing. A writer that
/// evicts precisely itself, or whose statements change nothing readers see, runs them inside <see cref="Unseen"/>.
/// Also the commit hook for evictions that waited for a caller's transaction.
/// </summary>
public sealed partial class EvictOnRawWrite(CacheEviction eviction) : DbCommandInterceptor, IDbTransactionInterceptor
{
    private static readonly AsyncLocal<bool> unseen = new();

    /// <summary>Statements run until the scope is disposed evict nothing: their writer evicts for itself, or readers do not see what they change.</summary>
    public static IDisposable Unseen()
    {
        unseen.Value = true;
        return new Scope();
    }

    private sealed class Scope : IDisposable
    {
        public void Dispose() => unseen.Value = false;
    }

    private static readonly Dictionary<Type, string> Shown = new()
    {
        [typeof(Article)] = CacheTags.Site, [typeof(Byline)] = CacheTags.Site, [typeof(Correction)] = CacheTags.Site,
        [typeof(Section)] = CacheTags.Site, [typeof(Tag)] = CacheTags.Site, [typeof(Author)] = CacheTags.Site,
        [typeof(Story)] = CacheTags.Site, [typeof(StaticPage)] = CacheTags.Site, [typeof(MediaItem)] = CacheTags.Site,
        [typeof(MenuItem)] = CacheTags.Site, [typeof(SiteSettings)] = CacheTags.Site, [typeof(BreakingNews)] = CacheTags.Site,
        [typeof(Edition)] = CacheTags.Site, [typeof(Comment)] = CacheTags.AnyComments,
    };

    private Dictionary<string, string>? tables;

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        WrittenAsync(command, eventData).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await WrittenAsync(command, eventData);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        eventData.Context is { } db ? eviction.CommittedAsync(db, CancellationToken.None) : Task.CompletedTask;

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } db)
        {
            eviction.CommittedAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => RolledBack(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        RolledBack(eventData.Context);
        return Task.CompletedTask;
    }

    private void RolledBack(DbContext? db)
    {
        if (db is not null)
        {
            eviction.RolledBack(db);
        }
    }

    private Task WrittenAsync(DbCommand command, CommandExecutedEventData eventData)
    {
        if (eventData.Context is not { } db || eventData.CommandSource is CommandSource.SaveChanges or CommandSource.Migrations
            || unseen.Value
            || Target().Match(command.CommandText) is not { Success: true } match
            || !TablesOf(db).TryGetValue(match.Groups["table"].Value, out var tag))
        {
            return Task.CompletedTask;
        }

        var changed = new ChangedThings();
        changed.Tags.Add(tag);
        return eviction.ChangedAsync(db, changed, CancellationToken.None);
    }

    private Dictionary<string, string> TablesOf(DbContext db) => tables ??= db.Model.GetEntityTypes()
        .Where(t => Shown.ContainsKey(t.ClrType) && t.GetTableName() is not null)
        .ToDictionary(t => t.GetTableName()!, t => Shown[t.ClrType], StringComparer.OrdinalIgnoreCase)
        .Concat(new Dictionary<string, string> { ["ArticleTag"] = CacheTags.Site, ["ArticleSection"] = CacheTags.Site })
        .ToDictionary(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex("""^\s*(?:--[^\n]*\n\s*)*(?:UPDATE|DELETE\s+FROM|INSERT\s+INTO)\s+"?(?<table>\w+)"?""", RegexOptions.IgnoreCase)]
    private static partial Regex Target();
}
