namespace Dateline.Feeds;

/// <summary>A reader page with feeds of its own; the layout announces them in &lt;head&gt; (see _FeedLinks).</summary>
public interface IHasFeeds
{
    /// <summary>The page whose feeds these are: "/" for the site, else the section, tag, author or story address.</summary>
    string FeedPagePath { get; }

    /// <summary>What the page is about ("Asia"); null for the site's own feeds.</summary>
    string? FeedName { get; }
}
