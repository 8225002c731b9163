namespace Dateline.Feeds;

public static class FeedFormats
{
    public static IReadOnlyList<FeedFormat> All { get; } = [FeedFormat.Rss, FeedFormat.Atom, FeedFormat.Json];

    /// <summary>What follows a page's path to reach its feed: /tag/kabul/feed, /tag/kabul/feed/atom, /tag/kabul/feed.json.</summary>
    public static string Suffix(this FeedFormat format) => format switch
    {
        FeedFormat.Atom => "/feed/atom",
        FeedFormat.Json => "/feed.json",
        _ => "/feed",
    };

    public static string MediaType(this FeedFormat format) => format switch
    {
        FeedFormat.Atom => "application/atom+xml",
        FeedFormat.Json => "application/feed+json",
        _ => "application/rss+xml",
    };

    /// <summary>The feed of the page at <paramref name="pagePath"/> ("/" for the site's own).</summary>
    public static string PathFor(this FeedFormat format, string pagePath) => (pagePath == "/" ? "" : pagePath) + format.Suffix();

    /// <summary>Splits "world/asia/feed/atom" into the page part ("world/asia") and the format; null when it names no feed.</summary>
    public static (string Page, FeedFormat Format)? Split(string path)
    {
        foreach (var format in All)
        {
            if (path.Length > format.Suffix().Length && path.EndsWith(format.Suffix(), StringComparison.OrdinalIgnoreCase))
            {
                return (path[..^format.Suffix().Length], format);
            }
        }

        return null;
    }
}
