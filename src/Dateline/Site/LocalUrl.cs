using System.Text;

namespace Dateline.Site;

/// <summary>Paths on this site as they go into a Location header: local only, percent-encoded, queries merged.</summary>
public static class LocalUrl
{
    /// <summary>True for a path on this site ("/about"); false for another host ("//evil.example", "/\evil", "https://…").</summary>
    public static bool IsLocal(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    /// <summary>True for a link a reader may be sent to: a local path or an http(s) address, never "javascript:" and the like.</summary>
    public static bool IsSafeLink(string url) =>
        IsLocal(url) || Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>
    /// Encodes a path (with an optional query) so that non-ASCII slugs ("/2026/01/05/کابل") make a valid header,
    /// and appends <paramref name="extraQuery"/> with the right separator.
    /// </summary>
    public static string ForHeader(string pathAndQuery, QueryString extraQuery = default)
    {
        var split = pathAndQuery.IndexOf('?');
        var path = split < 0 ? pathAndQuery : pathAndQuery[..split];
        var query = split < 0 ? "" : EncodeNonAscii(pathAndQuery[split..]);
        if (extraQuery.HasValue)
        {
            query = query.Length == 0 ? extraQuery.Value! : query + "&" + extraQuery.Value![1..];
        }

        return new PathString(path).ToUriComponent() + query;
    }

    private static string EncodeNonAscii(string text)
    {
        if (text.All(char.IsAscii))
        {
            return text;
        }

        var encoded = new StringBuilder(text.Length * 2);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                encoded.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }
}
