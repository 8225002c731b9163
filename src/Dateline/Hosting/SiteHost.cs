using Dateline.Comments;
using Dateline.Data;
using Dateline.Demo;
using Dateline.Feeds;
using Dateline.Health;
using Dateline.MostRead;
using Dateline.Nodes;
using Dateline.Newsroom;
using Dateline.Related;
using Dateline.Search;
using Dateline.Sitemaps;
using Dateline.WordPress.Api;

namespace Dateline.Hosting;

/// <summary>Composes the web host: the one place that knows every feature's AddX / MapX.</summary>
public static class SiteHost
{
    /// <param name="args">Command-line arguments, including configuration such as --Dateline:DataDirectory=...</param>
    /// <param name="configureServices">A seam for tests (a fake clock); production passes nothing.</param>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        // Named explicitly so Razor Pages are found in this assembly also when a test process hosts the app.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(SiteHost).Assembly.GetName().Name });
        var options = DatelineOptions.From(builder.Configuration, builder.Environment.ContentRootPath, builder.Environment.IsDevelopment());
        builder.Logging.AddDatelineFilters();
        builder.Services.AddDatelineData(options);
        builder.Services.AddDatelineHealth();
        builder.AddReaderSite(options);
        builder.AddNewsroom(options);
        builder.AddSitemaps();
        builder.Services.AddComments();
        builder.Services.AddFeeds();
        builder.Services.AddMostRead();
        builder.Services.AddSearch(options.Provider);
        builder.Services.AddRelatedStories();
        builder.AddNodes(options);
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        // Nodes started together migrate and seed one after the other: the first does the work, the rest find it done.
        await using (await app.Services.HoldStartAsync(app.Lifetime.ApplicationStopping))
        {
            await PrepareAsync(app, options);
        }

        app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation(
            "Dateline is serving {Urls} from {Provider} (data directory {DataDirectory})",
            string.Join(", ", app.Urls), options.Provider, options.DataDirectory));
        app.UseReaderSite(options);
        app.MapHealth();
        app.MapFeeds();
        app.MapCommentStamp();
        app.MapReaderSite();
        app.MapSitemaps();
        app.MapWordPressApi();
        return app;
    }

    private static async Task PrepareAsync(WebApplication app, DatelineOptions options)
    {
        await app.Services.PrepareDatabaseAsync(app.Lifetime.ApplicationStopping);
        if (options.SeedDemoContent)
        {
            // The Dari edition comes with the demo unless Dateline:Demo:Editions is off (the English-only demo that most tests read).
            var editions = !bool.TryParse(app.Configuration["Dateline:Demo:Editions"], out var flag) || flag;
            if (await app.Services.SeedDemoNewsroomAsync(editions, app.Lifetime.ApplicationStopping))
            {
                // The demo's related boxes are filled before the first reader arrives, the same way on every start.
                await app.Services.GetRequiredService<RefreshRelatedStories>().DrainAsync(app.Lifetime.ApplicationStopping);
            }
        }
    }

    private static void AddDatelineFilters(this ILoggingBuilder logging)
    {
        // A failed connection or command is reported once: by the start-up sentence, by /healthz, or by the
        // exception handler's log entry for the request. EF's own copy would be a second, longer wall of the same.
        logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Connection", LogLevel.Critical);
        logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Critical);
        logging.AddFilter("Microsoft.EntityFrameworkCore.Migrations", LogLevel.Warning);
        // A port already in use is reported by Program as one sentence.
        logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        // Keys sit in the data directory, protected by its file permissions; the warning says nothing new.
        logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
    }
}
