using Dateline.Data;
using Dateline.Newsroom.Desk.Pages;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Desk.Editions;

/// <summary>
/// First path segments an edition's prefix may not take: everything the site answers at the top level already (the
/// newsroom, the media, feeds, sitemaps, the API, standing pages, years) would otherwise be swallowed by the edition.
/// </summary>
public static class ReservedPrefixes
{
    // Beyond what a standing page may not be: names readers and crawlers try at any WordPress site's root.
    private static readonly HashSet<string> More = new(StringComparer.OrdinalIgnoreCase)
    {
        "sitemap", "news-sitemap", "index", "wp-admin", "wp-content", "wp-includes", "wp-login", "xmlrpc", "favicon",
    };

    /// <summary>What the prefix is already used by, or null when it is free for an edition.</summary>
    public static async Task<string?> UseOfAsync(DatelineDb db, string prefix, CancellationToken cancellationToken)
    {
        if (ReservedSlugs.Contains(prefix) || More.Contains(prefix))
        {
            return prefix.Length == 4 && prefix.All(char.IsAsciiDigit) ? "year" : "site";
        }

        return await db.StaticPages.AnyAsync(p => p.Slug == prefix, cancellationToken) ? "page" : null;
    }
}
