using System.Collections.Concurrent;

namespace Dateline.Nodes;

/// <summary>One node (SQLite, or PostgreSQL with a single node): the locks of this process are all there is.</summary>
public sealed class ProcessWorkLock : IWorkLock
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> locks = new(StringComparer.Ordinal);

    public async Task<IAsyncDisposable?> TryTakeAsync(string name, TimeSpan wait, CancellationToken cancellationToken)
    {
        var gate = locks.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
        return await gate.WaitAsync(wait, cancellationToken) ? new Held(gate) : null;
    }

    public async Task<IAsyncDisposable> TakeForStartAsync(CancellationToken cancellationToken) =>
        await TryTakeAsync("start", Timeout.InfiniteTimeSpan, cancellationToken) ?? throw new InvalidOperationException("unreachable");

    private sealed class Held(SemaphoreSlim gate) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}
