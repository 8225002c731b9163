namespace Dateline.Feeds;

public enum FeedFormat
{
    Rss,
    Atom,
    Json,
}
