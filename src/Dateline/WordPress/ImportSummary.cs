namespace Dateline.WordPress;

/// <summary>What an import did, kind by kind, and why anything was skipped or failed.</summary>
public sealed class ImportSummary
{
    private readonly Dictionary<WordPressKind, int[]> counts = [];
    private readonly Dictionary<string, int> skipReasons = [];
    private readonly List<string> failures = [];

    public List<string> Notes { get; } = [];

    /// <summary>Set when reading stopped early: the file is malformed or hostile past this point.</summary>
    public string? FatalError { get; set; }

    public int Created(WordPressKind kind) => Row(kind)[0];
    public int Updated(WordPressKind kind) => Row(kind)[1];
    public int Skipped(WordPressKind kind) => Row(kind)[2];
    public int Failed(WordPressKind kind) => Row(kind)[3];

    /// <summary>Created plus updated: how many of this kind are on the site after the run.</summary>
    public int Imported(WordPressKind kind) => Created(kind) + Updated(kind);

    public int TotalFailed => counts.Values.Sum(r => r[3]) + (FatalError is null ? 0 : 1);
    public IReadOnlyList<string> Failures => failures;
    public IReadOnlyDictionary<string, int> SkipReasons => skipReasons;

    public void Create(WordPressKind kind) => Row(kind)[0]++;
    public void Update(WordPressKind kind) => Row(kind)[1]++;

    public void Skip(WordPressKind kind, string reason)
    {
        Row(kind)[2]++;
        skipReasons[reason] = skipReasons.GetValueOrDefault(reason) + 1;
    }

    public void Fail(WordPressKind kind, string what, string reason)
    {
        Row(kind)[3]++;
        failures.Add($"{what}: {reason}");
    }

    public IEnumerable<(WordPressKind Kind, int Created, int Updated, int Skipped, int Failed)> Rows() =>
        counts.OrderBy(c => c.Key).Select(c => (c.Key, c.Value[0], c.Value[1], c.Value[2], c.Value[3]));

    private int[] Row(WordPressKind kind) => counts.TryGetValue(kind, out var row) ? row : counts[kind] = new int[4];
}
