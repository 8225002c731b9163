using System.Globalization;
using System.Net;
using Dateline.Site;

namespace Dateline.WordPress;

/// <summary>Small translations from WordPress's field conventions to Dateline's.</summary>
public static class WordPressText
{
    /// <summary>A WordPress slug (often percent-encoded for non-Latin letters) as a Dateline slug, or a fallback made from text.</summary>
    public static string Slug(string wordPressSlug, string fallbackText, string fallback)
    {
        var decoded = Uri.UnescapeDataString(wordPressSlug.Trim());
        if (Site.Slug.IsValid(decoded))
        {
            return decoded;
        }

        var made = Site.Slug.From(decoded.Length > 0 ? decoded : fallbackText);
        return made.Length > 0 ? made : fallback;
    }

    /// <summary>Titles arrive with HTML entities WordPress encoded ("&amp;#8217;"); readers want the characters.</summary>
    public static string Plain(string text, int max)
    {
        var plain = WebUtility.HtmlDecode(text).Trim();
        return plain.Length > max ? plain[..max] : plain;
    }

    /// <summary>The GMT date when WordPress recorded one, else the local date read as UTC (old exports and drafts have zeros).</summary>
    public static DateTime? Date(string gmt, string local)
    {
        foreach (var candidate in new[] { gmt, local })
        {
            if (candidate.Length > 0 && !candidate.StartsWith("0000", StringComparison.Ordinal) &&
                DateTime.TryParseExact(candidate, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
            {
                return DateTime.SpecifyKind(date, DateTimeKind.Utc);
            }
        }

        return null;
    }

    /// <summary>The path of an old address ("https://old.example/a/b/?x" → "/a/b"), without the trailing slash; null if it is not on the old site.</summary>
    public static string? OldPath(string link, string siteUrl)
    {
        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || !Uri.TryCreate(siteUrl, UriKind.Absolute, out var site)
            || !uri.Host.Equals(site.Host, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // Decoded, because that is how ASP.NET hands the redirect middleware a request for a percent-encoded path.
        var path = "/" + Uri.UnescapeDataString(uri.AbsolutePath).Trim('/');
        while (path.Contains("//", StringComparison.Ordinal))
        {
            path = path.Replace("//", "/", StringComparison.Ordinal);
        }

        return path.Length > 1 && path.Length <= Redirects.Redirect.MaxPathLength - 10 ? path : null;
    }

    public static string Cut(string? text, int max) => text is null ? "" : text.Length > max ? text[..max] : text;
}
