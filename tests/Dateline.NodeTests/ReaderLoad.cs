using System.Collections.Concurrent;
using System.Diagnostics;

namespace Dateline.NodeTests;

/// <summary>
/// Readers through nginx: a few concurrent loops over a list of pages, each request bounded by a timeout, the whole
/// load by a duration. Records every status and every failure to get an answer at all.
/// </summary>
public sealed class ReaderLoad(Uri front, IReadOnlyList<string> paths, int readers = 4)
{
    private readonly ConcurrentDictionary<int, int> statuses = new();
    private readonly ConcurrentQueue<string> failures = new();

    public int Requests => statuses.Values.Sum();

    public IReadOnlyDictionary<int, int> Statuses => statuses;

    /// <summary>Every request that did not end in 200, with what happened.</summary>
    public IReadOnlyCollection<string> Failures => failures;

    public async Task RunAsync(TimeSpan duration, CancellationToken stop = default)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromSeconds(2) })
        {
            BaseAddress = front,
            Timeout = TimeSpan.FromSeconds(10),
        };
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, readers).Select(async reader =>
        {
            for (var i = reader; clock.Elapsed < duration && !stop.IsCancellationRequested; i++)
            {
                var path = paths[i % paths.Count];
                try
                {
                    using var response = await client.GetAsync(path);
                    await response.Content.ReadAsByteArrayAsync();
                    statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        failures.Enqueue($"{clock.Elapsed.TotalSeconds:0.00}s GET {path}: {(int)response.StatusCode}");
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    statuses.AddOrUpdate(0, 1, (_, n) => n + 1);
                    failures.Enqueue($"{clock.Elapsed.TotalSeconds:0.00}s GET {path}: {e.GetType().Name} {e.Message}");
                }
            }
        }));
    }
}
