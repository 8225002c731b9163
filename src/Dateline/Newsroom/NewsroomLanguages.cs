using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace Dateline.Newsroom;

/// <summary>
/// The languages the newsroom is written in, and which one a member reads: the one they chose (a cookie in the
/// CookieRequestCultureProvider format, kept for a year under /admin only), else the first their browser asks for,
/// else English. Only the UI culture changes: model binding keeps parsing posted numbers and dates invariantly, as
/// HTML's inputs send them. Anything not listed here, in the cookie or the header, is ignored. Adding Pashto is a
/// line here and a NewsroomLabels.ps.resx.
/// </summary>
public static class NewsroomLanguages
{
    public const string CookieName = "dateline_newsroom_language";

    /// <summary>The newsroom's languages, first the default, each with its name in its own language for the chooser.</summary>
    public static readonly IReadOnlyList<(CultureInfo Culture, string Name)> Supported =
    [
        (CultureInfo.GetCultureInfo("en"), "English"),
        (CultureInfo.GetCultureInfo("fa-AF"), "دری"),
    ];

    public static CultureInfo Default => Supported[0].Culture;

    /// <summary>The supported culture named exactly (ignoring case) by <paramref name="name"/>, if any.</summary>
    public static CultureInfo? Find(string? name) =>
        Supported.Select(s => s.Culture).FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    public static CultureInfo For(HttpRequest request)
    {
        if (request.Cookies[CookieName] is { } cookie
            && CookieRequestCultureProvider.ParseCookieValue(cookie) is { } chosen
            && Find(chosen.UICultures.FirstOrDefault().Value) is { } culture)
        {
            return culture;
        }

        return FromAcceptLanguage(request) ?? Default;
    }

    /// <summary>The member's choice, kept for a year; HttpOnly because no script needs it.</summary>
    public static void Choose(HttpResponse response, CultureInfo culture, bool secure) =>
        response.Cookies.Append(CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)), new CookieOptions
        {
            Path = NewsroomSite.Root,
            MaxAge = TimeSpan.FromDays(365),
            HttpOnly = true,
            SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax,
            Secure = secure,
            IsEssential = true,
        });

    // "fa-AF" matches itself; "fa" or "fa-IR" (a Persian reader's browser) reads Dari rather than English.
    private static CultureInfo? FromAcceptLanguage(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var languages))
        {
            return null;
        }

        foreach (var language in languages.Where(l => (l.Quality ?? 1) > 0).OrderByDescending(l => l.Quality ?? 1))
        {
            var name = language.Value.Value ?? "";
            var exact = Find(name);
            var sameLanguage = Supported.Select(s => s.Culture)
                .FirstOrDefault(c => string.Equals(c.TwoLetterISOLanguageName, name.Split('-')[0], StringComparison.OrdinalIgnoreCase));
            if ((exact ?? sameLanguage) is { } culture)
            {
                return culture;
            }
        }

        return null;
    }
}
