using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace Dateline.Comments;

/// <summary>
/// Which held comments this browser wrote, in a signed, HttpOnly cookie: the writer sees "Your comment is awaiting
/// moderation" under their own comment, nobody else sees it, and a page showing it is never stored by a shared cache.
/// </summary>
public sealed class HeldComments(IDataProtectionProvider protection)
{
    public const string CookieName = "dateline_held";
    private const int Remembered = 20;

    private readonly IDataProtector protector = protection.CreateProtector("Dateline.Comments.HeldComments");

    public IReadOnlyList<int> Read(HttpRequest request)
    {
        if (request.Cookies[CookieName] is not { Length: > 0 and < 4096 } cookie)
        {
            return [];
        }

        try
        {
            return protector.Unprotect(cookie).Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToList();
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException or OverflowException)
        {
            return [];
        }
    }

    public void Remember(HttpContext context, int commentId)
    {
        var ids = Read(context.Request).Prepend(commentId).Distinct().Take(Remembered);
        context.Response.Cookies.Append(CookieName, protector.Protect(string.Join(',', ids)), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(30),
            IsEssential = true,
        });
    }
}
