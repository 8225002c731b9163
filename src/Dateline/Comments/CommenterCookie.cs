using System.Text.Json;

namespace Dateline.Comments;

/// <summary>
/// "Save my name, email, and website in this browser": only with that box ticked, a cookie on the reader's own browser
/// holds them, and a small script (js/comment-form.js) fills the form from it. The server never writes them into a page,
/// so pages stay the same for every reader.
/// </summary>
public static class CommenterCookie
{
    public const string Name = "dateline_commenter";

    public static void Remember(HttpContext context, CommentInput input) =>
        context.Response.Cookies.Append(Name, JsonSerializer.Serialize(new { name = input.Name?.Trim(), email = input.Email?.Trim(), url = input.Website?.Trim() }),
            new CookieOptions { HttpOnly = false, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, MaxAge = TimeSpan.FromDays(365), IsEssential = false });

    public static void Forget(HttpContext context)
    {
        if (context.Request.Cookies.ContainsKey(Name))
        {
            context.Response.Cookies.Delete(Name);
        }
    }
}
