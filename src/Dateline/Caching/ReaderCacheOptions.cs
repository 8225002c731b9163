namespace Dateline.Caching;

/// <summary>
/// How long a stored reader response lives (Dateline:OutputCache:Seconds) and what it tells browsers and CDNs.
/// Changes evict at once; the lifetime only bounds what cannot announce itself: a breaking-news line reaching its
/// start time, the most-read list, a write made by another process (an import run from the command line).
/// </summary>
public sealed record ReaderCacheOptions(TimeSpan Lifetime, int BrowserSeconds, int StaleSeconds, bool Enabled)
{
    public string CacheControl => $"public, max-age={BrowserSeconds}, stale-while-revalidate={StaleSeconds}";

    public static ReaderCacheOptions From(IConfiguration configuration) => new(
        TimeSpan.FromSeconds(configuration.GetValue("Dateline:OutputCache:Seconds", 60)),
        configuration.GetValue("Dateline:OutputCache:BrowserSeconds", 5),
        configuration.GetValue("Dateline:OutputCache:StaleSeconds", 60),
        configuration.GetValue("Dateline:OutputCache:Enabled", true));
}
