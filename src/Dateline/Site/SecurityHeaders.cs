namespace Dateline.Site;

/// <summary>
/// The headers every response carries, whatever produced it: a page, a redirect, a static file, an error page.
/// Added when the response starts, so the exception handler's cleared headers get them back too.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IWebHostEnvironment environment, Hosting.DatelineOptions options)
{
    private readonly string policy = ContentSecurityPolicy(options.RequireHttps);

    /// <summary>
    /// Reader pages run no script and no inline style: everything comes from this site's own files.
    /// Images may be data: URIs (tiny placeholders); frames only from the embed providers article bodies may use
    /// (ArticleBody.EmbedOrigins); forms post only here; nobody may frame us.
    /// </summary>
    public static string ContentSecurityPolicy(bool requireHttps) =>
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        $"frame-src {string.Join(' ', Articles.ArticleBody.EmbedOrigins)}; " +
        "connect-src 'self'; manifest-src 'self'; media-src 'self'; form-action 'self'; frame-ancestors 'none'; " +
        "base-uri 'none'; object-src 'none'" + (requireHttps ? "; upgrade-insecure-requests" : "");

    // Only features Chromium knows: an unknown one is logged as an error in every reader's console.
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // The developer exception page is inline HTML, script and style; in Development it keeps working.
            if (!(environment.IsDevelopment() && context.Response.StatusCode >= 500))
            {
                headers.ContentSecurityPolicy = policy;
            }

            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            // No Cross-Origin-Opener-Policy: pages open no windows, and same-origin makes Chromium swap browsing
            // context groups on arrival, which Lighthouse measured as 200-300 ms of main-thread blocking per page.
            return Task.CompletedTask;
        });
        return next(context);
    }
}
