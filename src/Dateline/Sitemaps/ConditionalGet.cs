using System.Security.Cryptography;
using System.Text;

namespace Dateline.Sitemaps;

/// <summary>
/// ETags for sitemaps: crawlers fetch them again and again, and a cheap summary query (counts and newest changes)
/// lets an unchanged file answer 304 without being read or sent.
/// </summary>
public static class ConditionalGet
{
    /// <summary>Sets ETag and caching; true (with 304 set) when the client's copy is current.</summary>
    public static bool IsNotModified(HttpContext context, string fingerprint)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint));
        var tag = "\"" + Convert.ToHexStringLower(hash, 0, 12) + "\"";
        context.Response.Headers.ETag = tag;
        context.Response.Headers.CacheControl = "public, max-age=300";
        var current = context.Request.Headers.IfNoneMatch.Any(header => (header ?? "").Split(',')
            .Select(t => t.Trim()).Any(t => t == "*" || t == tag || t == "W/" + tag));
        if (current)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
        }

        return current;
    }
}
