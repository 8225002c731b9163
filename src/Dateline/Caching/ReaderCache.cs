using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dateline.Caching;

/// <summary>
/// The shared cache of reader responses: ASP.NET Core output caching over <see cref="IOutputCacheStore"/> (in memory on
/// one node; a shared store such as Redis replaces it for several, and nothing here assumes one process), tagged by
/// what each response shows (<see cref="CacheTags"/>) and evicted by <see cref="CacheEviction"/> when that changes.
/// </summary>
public static class ReaderCache
{
    /// <summary>The policy of reader pages, feeds, sitemaps and API reads.</summary>
    public const string Pages = "reader";

    /// <summary>The policy of pages that show a reader their own held comments: bypassed by readers who have some.</summary>
    public const string PagesWithComments = "reader-comments";

    public static void AddReaderCache(this WebApplicationBuilder builder)
    {
        var options = ReaderCacheOptions.From(builder.Configuration);
        builder.Services.AddSingleton(options);
        builder.Services.AddOutputCache(cache =>
        {
            // "/2026/01/02/Slug" answers 301 to its lower-case address; it must not be served the page stored for that.
            cache.UseCaseSensitivePaths = true;
            cache.AddPolicy(Pages, new ReaderCachePolicy(options, showsHeldComments: false));
            cache.AddPolicy(PagesWithComments, new ReaderCachePolicy(options, showsHeldComments: true));
        });
        builder.Services.AddResponseCompression(compression =>
        {
            // Only anonymous, cacheable responses are compressed (see UseReaderCache): no secret rides in them, so
            // compressing under HTTPS gives BREACH nothing to guess at.
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/rss+xml", "application/atom+xml", "application/feed+json", "image/svg+xml"];
        });
        // Paid once per stored entry; the smallest settings would cost a refill tens of milliseconds for a few per cent.
        builder.Services.Configure<BrotliCompressionProviderOptions>(brotli => brotli.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(gzip => gzip.Level = CompressionLevel.Optimal);
        builder.Services.AddSingleton<CacheEviction>();
        builder.Services.AddSingleton<Embargoes>();
        builder.Services.AddSingleton<IInterceptor, EvictOnSave>();
        builder.Services.AddSingleton<IInterceptor, EvictOnRawWrite>();
    }

    /// <summary>Runs after routing (the policy is the endpoint's) and after read counting, so cached reads still count.</summary>
    public static void UseReaderCache(this IApplicationBuilder app)
    {
        app.Use(static (context, next) =>
        {
            // HEAD reads the GET entry (same ETag, one render for both); Kestrel still sends no body, as the
            // request line it parsed said HEAD.
            if (HttpMethods.IsHead(context.Request.Method) && IsCached(context))
            {
                context.Request.Method = HttpMethods.Get;
            }

            return NotModifiedBody.IsConditional(context.Request) && IsCached(context) ? NotModifiedBody.RunAsync(context, next) : next(context);
        });
        app.UseOutputCache();
        app.Use(static async (context, next) =>
        {
            if (context.Features.Get<IOutputCacheFeature>()?.Context is not { EnableOutputCaching: true, AllowCacheStorage: true } cache)
            {
                await next(context);
                return;
            }

            // Only a response being stored is held whole (its ETag is the hash of the bytes, compressed, as sent);
            // uncached and personal ones keep streaming.
            var options = context.RequestServices.GetRequiredService<ReaderCacheOptions>();
            var body = context.Response.Body;
            var held = new HeldBody(body, hash => ReaderCachePolicy.SetHeaders(cache, options, hash));
            context.Response.Body = held;
            try
            {
                await next(context);
                await held.CompleteAsync(context.RequestAborted);
            }
            finally
            {
                context.Response.Body = body;
            }
        });
        app.UseWhen(
            context => context.Features.Get<IOutputCacheFeature>()?.Context.EnableOutputCaching == true,
            cached => cached.UseResponseCompression());
    }

    private static bool IsCached(HttpContext context) => context.GetEndpoint()?.Metadata is { } metadata
        && (metadata.GetMetadata<OutputCacheAttribute>() is not null || metadata.GetMetadata<IOutputCachePolicy>() is not null);

    /// <summary>Tags this response with what it shows; a no-op when the response is not being cached.</summary>
    public static void ShowsInCache(this HttpContext context, params IEnumerable<string> tags)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context is { EnableOutputCaching: true } cache)
        {
            cache.Tags.UnionWith(tags);
        }
    }
}
