using System.Globalization;
using Dateline.Hosting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dateline.Newsroom;

/// <summary>Composes the newsroom under /admin: accounts, sign-in cookies, role policies and the scheduler.</summary>
public static class NewsroomSite
{
    public const string Root = "/admin";

    /// <summary>The sign-in cookie; its presence alone sends a request past the shared reader cache.</summary>
    public const string CookieName = "dateline_newsroom";

    public static void AddNewsroom(this WebApplicationBuilder builder, DatelineOptions options)
    {
        var services = builder.Services;
        services.AddNewsroomAccounts();
        services.AddScoped<NewsroomMail>();
        services.AddScoped<PasswordLinks>();
        services.AddScoped<Articles.ArticleChanges>();
        services.AddScoped<Articles.RelatedChoiceChanges>();
        services.AddScoped<Articles.ArticleEditions>();
        services.AddScoped<Comments.ModerationQueue>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            // Readers' pages never see the cookie, so they stay the same (and cacheable) for everyone.
            cookie.Cookie.Path = Root;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = options.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = Root + "/sign-in";
            cookie.LogoutPath = Root + "/sign-out";
            // A refused action answers 403 where it was asked, rather than a redirect that hides the refusal.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, cookie =>
        {
            cookie.Cookie.Path = Root;
            cookie.Cookie.SecurePolicy = options.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        // Every request re-checks the member's security stamp: a revoked session or a changed password ends at once.
        services.Configure<SecurityStampValidatorOptions>(validator => validator.ValidationInterval = TimeSpan.Zero);
        services.AddAuthorizationBuilder().AddNewsroomPolicies();
        services.Configure<RazorPagesOptions>(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Newsroom", NewsroomPolicies.Member);
            pages.Conventions.AllowAnonymousToFolder("/Newsroom/Accounts");
            pages.Conventions.AddPageRoute("/Articles/Show", Dateline.Articles.ShowModel.PreviewRoute);
        });
        services.AddHostedService<PublishScheduledArticles>();
    }

    public static void UseNewsroom(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments(Root))
        {
            await next(context);
            return;
        }

        // Newsroom pages are private working copies: never stored by a browser, a proxy or a search engine.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        // The member's language for the newsroom only; the reader pages keep their edition's.
        var uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = NewsroomLanguages.For(context.Request);
        try
        {
            await next(context);
        }
        finally
        {
            CultureInfo.CurrentUICulture = uiCulture;
        }
    });

    private static AuthorizationBuilder AddNewsroomPolicies(this AuthorizationBuilder authorization)
    {
        foreach (var (policy, roles) in NewsroomPolicies.All)
        {
            authorization.AddPolicy(policy, p => p.RequireRole(roles));
        }

        return authorization;
    }
}
