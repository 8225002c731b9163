namespace Dateline.Comments;

/// <summary>
/// Refuses a comment posted from another site. The public comment form carries no antiforgery token, because its page
/// is one shared cached copy; browsers instead say where a post comes from (Sec-Fetch-Site, and Origin on every POST),
/// and the commenter cookies are SameSite=Lax, so another site cannot post with them either. A client that sends neither
/// header is not a browser another site can steer, and is judged by the stamp, rate limits and moderation like any other.
/// </summary>
public static class SameSitePost
{
    /// <param name="request">The post.</param>
    /// <param name="publicUrl">
    /// Dateline:PublicUrl ("https://news.example"), or null. Behind a TLS proxy the app sees its own address
    /// (http://127.0.0.1:5000) while the browser's Origin is the public one, so both are this site.
    /// </param>
    public static bool Allows(HttpRequest request, string? publicUrl)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return false;
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0
            || Uri.TryCreate(origin, UriKind.Absolute, out var from)
                && (string.Equals(from.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
                        && string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
                    || publicUrl is not null && string.Equals(from.GetLeftPart(UriPartial.Authority), publicUrl, StringComparison.OrdinalIgnoreCase));
    }
}
