namespace Dateline.Newsroom.Desk.Pages;

/// <summary>
/// First path segments the site already answers: a standing page at /{slug} must not shadow them, nor a year,
/// which begins every article's address.
/// </summary>
public static class ReservedSlugs
{
    private static readonly HashSet<string> Taken = new(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "category", "tag", "author", "story", "search", "feed", "media", "css", "js", "lib", "wp-json",
        "healthz", "error", "sitemaps", "sitemap.xml", "news-sitemap.xml", "robots.txt", "feed.json", "favicon.svg", "favicon.ico",
    };

    public static bool Contains(string slug) =>
        Taken.Contains(slug) || slug.Length == 4 && slug.All(char.IsAsciiDigit);
}
