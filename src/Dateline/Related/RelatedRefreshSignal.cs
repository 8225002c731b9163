namespace Dateline.Related;

/// <summary>
/// Wakes the related-stories worker at once instead of at its next round: the newsroom rings it after a save, so a
/// publish shows in the related boxes within a moment. Ringing twice before the worker wakes counts once.
/// </summary>
public sealed class RelatedRefreshSignal
{
    private readonly SemaphoreSlim bell = new(0, 1);

    public void Wake()
    {
        try
        {
            bell.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already rung and not yet heard: one wake-up covers both.
        }
    }

    /// <summary>Waits for a ring or for <paramref name="interval"/> on <paramref name="clock"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan interval, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var rung = bell.WaitAsync(either.Token);
        var due = Task.Delay(interval, clock, either.Token);
        await Task.WhenAny(rung, due);
        // The loser is cancelled, so an abandoned wait never swallows a later ring.
        await either.CancelAsync();
        await Task.WhenAll(rung, due).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
