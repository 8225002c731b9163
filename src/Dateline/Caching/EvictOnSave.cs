using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dateline.Caching;

/// <summary>
/// Reads what each SaveChanges is about to change and, once it succeeded (and its transaction committed), evicts the
/// stored reader responses that showed it. Registered on the DbContext itself, so no writer can forget it.
/// </summary>
public sealed class EvictOnSave(CacheEviction eviction) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, ChangedThings> saving = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SavedAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await SavedAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? db)
    {
        if (db is not null)
        {
            saving.AddOrUpdate(db, ChangedThings.Before(db));
        }
    }

    private void Forget(DbContext? db)
    {
        if (db is not null)
        {
            saving.Remove(db);
        }
    }

    private Task SavedAsync(DbContext? db, CancellationToken cancellationToken)
    {
        if (db is null || !saving.TryGetValue(db, out var changed))
        {
            return Task.CompletedTask;
        }

        saving.Remove(db);
        changed.After();
        // The page must not go stale because the writer's request was cancelled the moment its save returned.
        return eviction.ChangedAsync(db, changed, CancellationToken.None);
    }
}
