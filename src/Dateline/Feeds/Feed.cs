namespace Dateline.Feeds;

/// <summary>Everything a feed document says, in absolute addresses, ready for any of the three writers.</summary>
/// <param name="Title">The feed's own title ("Asia - The Frontier Ledger").</param>
/// <param name="PageUrl">The page the feed follows.</param>
/// <param name="SelfUrl">The feed's own address, as it was asked for.</param>
/// <param name="FullText">Whether entries carry the article body (SiteSettings.FeedsCarryFullText).</param>
public sealed record Feed(
    string Title,
    string Description,
    string Language,
    string SiteName,
    string PageUrl,
    string SelfUrl,
    bool FullText,
    IReadOnlyList<FeedEntry> Entries)
{
    /// <summary>The newest change among the entries; feeds with none fall back to a fixed time so their bytes stay stable.</summary>
    public DateTime Updated => Entries.Count == 0 ? DateTime.UnixEpoch : Entries.Max(e => e.Modified);
}
