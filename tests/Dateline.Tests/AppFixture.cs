using Dateline.Articles;
using Dateline.Data;
using Dateline.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.Tests;

/// <summary>
/// Runs the real Dateline app on Kestrel on a loopback port against a fresh database of the provider
/// under test, filled with the demo newsroom. Tests talk to it over real HTTP.
/// </summary>
public class AppFixture : IAsyncLifetime
{
    private readonly bool ownsDatabase;
    private WebApplication? app;

    public AppFixture()
        : this(TestDatabase.Create(), ownsDatabase: true)
    {
    }

    /// <summary>A site on an existing database, e.g. the same site started again after a stop; the caller disposes the database.</summary>
    protected AppFixture(TestDatabase database, bool ownsDatabase)
    {
        Database = database;
        this.ownsDatabase = ownsDatabase;
    }

    public TestDatabase Database { get; }
    public HttpClient Client { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public IServiceProvider Services => app!.Services;

    protected virtual bool SeedDemoContent => true;

    /// <summary>
    /// Whether the demo brings its Dari edition: off for the suite written against the English-only demo (its counts and
    /// "first article" picks), on for the editions' own tests and the browser checks.
    /// </summary>
    protected virtual bool DemoEditions => false;

    /// <summary>More configuration for this site, such as --Dateline:RequireHttps=true.</summary>
    protected virtual IEnumerable<string> Configuration => [];

    /// <summary>Replaces services before the app is built, for example the clock.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual async Task InitializeAsync()
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--environment=Production",
            $"--contentRoot={TestEnvironment.ContentRoot}",
            $"--Dateline:SeedDemoContent={SeedDemoContent}",
            $"--Dateline:Demo:Editions={DemoEditions}",
            "--Logging:LogLevel:Default=Warning",
            // Every test posts from 127.0.0.1 and at machine speed; the guards' own tests set these back.
            "--Dateline:Comments:MinimumSecondsToWrite=0",
            "--Dateline:Comments:PerAddressPerMinute=1000000",
            "--Dateline:Comments:PerEmailPerMinute=1000000",
            .. Database.Arguments,
            .. Configuration,
        ];
        app = await SiteHost.BuildAsync(args, ConfigureServices);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };
    }

    /// <summary>Works on the app's own database through its own DbContext: no mock of our storage.</summary>
    public async Task<T> WithDbAsync<T>(Func<DatelineDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<DatelineDb>());
    }

    public Task WithDbAsync(Func<DatelineDb, Task> work) => WithDbAsync(async db => { await work(db); return true; });

    /// <summary>
    /// The first published article of the default edition that has every part a reader page links to (a story, tags,
    /// bylines), with those parts read: the tests that visit one page of each kind start from it.
    /// </summary>
    public Task<Article> FullyLinkedArticleAsync() => WithDbAsync(db => db.Articles.AsNoTracking().Published(DateTime.UtcNow).InEdition(1)
        .Include(a => a.Tags).Include(a => a.Bylines).ThenInclude(b => b.Author).Include(a => a.PrimarySection).Include(a => a.Story)
        .Where(a => a.StoryId != null && a.Tags.Any() && a.Bylines.Any()).OrderBy(a => a.Id).FirstAsync());

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        if (ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }
}

/// <summary>One demo site shared by every read-only test class, so the suite starts the app once.</summary>
[CollectionDefinition(Name)]
public sealed class DemoSiteCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "demo site";
}
