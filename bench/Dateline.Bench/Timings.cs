namespace Dateline.Bench;

/// <summary>Latencies of one kind of operation, summarised as the percentiles BENCHMARKS.md reports.</summary>
public sealed class Timings(string name)
{
    private readonly List<double> milliseconds = [];

    public string Name => name;

    public int Count => milliseconds.Count;

    public void Add(TimeSpan elapsed) => milliseconds.Add(elapsed.TotalMilliseconds);

    public double Percentile(double p)
    {
        var sorted = milliseconds.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public string Row(Timings baseline) =>
        $"| {name} | {Count} | {Percentile(50):F2} | {Percentile(99):F2} | {Percentile(50) / baseline.Percentile(50):F1}× | {Percentile(99) / baseline.Percentile(99):F1}× |";
}
