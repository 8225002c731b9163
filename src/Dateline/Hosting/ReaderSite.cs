using Dateline.Caching;
using Dateline.Editions;
using Dateline.Media;
using Dateline.MostRead;
using Dateline.Newsroom;
using Dateline.Redirects;
using Dateline.Site;
using Dateline.WordPress.Api;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Dateline.Hosting;

public static class ReaderSite
{
    public static void AddReaderSite(this WebApplicationBuilder builder, DatelineOptions options)
    {
        // Feature folders: a page lives beside its feature (Articles/Show.cshtml), not under /Pages.
        builder.Services.AddRazorPages(pages => pages.RootDirectory = "/")
            .AddMvcOptions(mvc => mvc.Filters.Add<CanonicalPathFilter>())
            .AddDataAnnotationsLocalization(localization =>
                // A newsroom form's messages are newsroom labels, a reader form's reader labels: each set is translated whole.
                localization.DataAnnotationLocalizerProvider = (model, factory) =>
                    factory.Create(model.Namespace?.StartsWith("Dateline.Newsroom", StringComparison.Ordinal) == true ? typeof(NewsroomLabels) : typeof(Labels)));
        builder.Services.Configure<RazorViewEngineOptions>(razor => razor.PageViewLocationFormats.Add("/Pages/Shared/{0}.cshtml"));
        builder.Services.Configure<RouteOptions>(routes => routes.LowercaseUrls = true);
        builder.Services.AddLocalization();
        builder.Services.AddTransient<Microsoft.Extensions.Localization.IStringLocalizer<Labels>, LabelsLocalizer<Labels>>();
        builder.Services.AddTransient<Microsoft.Extensions.Localization.IStringLocalizer<NewsroomLabels>, LabelsLocalizer<NewsroomLabels>>();
        builder.Services.AddScoped<SiteChrome>();
        builder.Services.AddSingleton<SiteFrames>();
        builder.AddReaderCache();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<EditionDirectory>();
        builder.Services.AddSingleton<IMediaStore>(new MediaFolder(options.MediaDirectory));
        builder.Services.AddDataProtection()
            .SetApplicationName("Dateline")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataDirectory, "keys")));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Long enough that an absurd path reaches routing and gets our 404, not a bare 414.
            kestrel.Limits.MaxRequestLineSize = 32 * 1024;
        });
        // X-Forwarded-* is believed from loopback (a proxy on the same machine) and from Dateline:TrustedProxies.
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var network in options.TrustedProxies)
            {
                forwarded.KnownIPNetworks.Add(network);
            }
        });
        if (options.RequireHttps)
        {
            builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
            // Behind a TLS-terminating proxy Kestrel has no HTTPS endpoint to take the port from: readers use 443.
            builder.Services.AddHttpsRedirection(https =>
            {
                https.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
                https.HttpsPort = int.TryParse(builder.Configuration["https_port"], out var port) ? port : 443;
            });
        }
    }

    public static void UseReaderSite(this WebApplication app, DatelineOptions options)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseForwardedHeaders();
        // Ahead of error pages and site files, so a 404 under /fa/ is the Dari edition's own.
        app.UseMiddleware<EditionRouting>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        if (options.RequireHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<MalformedForms>();
        // Site files are linked with a content hash (?v=), so a reader's browser may keep them for good.
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl =
                file.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=3600",
        });
        app.UseStaticFiles(MediaFiles.Options(app.Services.GetRequiredService<IMediaStore>().Files));
        app.UseMiddleware<RedirectMiddleware>();
        app.UseRouting();
        // Counts reads from the routed slug and the final status, so it stays ahead of the output cache: cached reads count.
        app.UseMostRead();
        app.UseWordPressApi();
        app.UseReaderCache();
        app.UseNewsroom();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
    }

    public static void MapReaderSite(this WebApplication app) => app.MapRazorPages();
}
