using Dateline.Caching;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.Tests.Caching;

/// <summary>The demo newsroom in both editions, with the app's SQL commands counted per request.</summary>
public sealed class CachedSite : AppFixture
{
    protected override bool DemoEditions => true;

    /// <summary>Entries live longer than the test run, so a page that changes was evicted, not expired.</summary>
    protected override IEnumerable<string> Configuration => ["--Dateline:OutputCache:Seconds=3600"];

    public SqlCommands Commands => Services.GetRequiredService<SqlCommands>();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<SqlCommands>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<SqlCommands>());
    }

    /// <summary>
    /// Waits until the repeated evictions of earlier writes (CacheEviction.Repeat after each) have run, so none of them
    /// evicts a page the caller stores next and expects to stay stored.
    /// </summary>
    public Task QuietAsync() => Services.GetRequiredService<CacheEviction>().RepeatedAsync();

    /// <summary>GETs the path and says how many SQL commands answering it took.</summary>
    public async Task<(HttpResponseMessage Response, string Body, int Commands)> ReadAsync(string path, params (string Name, string Value)[] headers)
    {
        var name = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(SqlCommands.Header, name);
        foreach (var (header, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }

        var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response, body, Commands.Of(name));
    }

    /// <summary>
    /// Reads the path until it is stored (the first read after a write may also check for lifted embargoes) and says
    /// how many commands the read after that took: zero when it came from the cache.
    /// </summary>
    public async Task<int> SteadyAsync(string path)
    {
        (await ReadAsync(path)).Response.Dispose();
        (await ReadAsync(path)).Response.Dispose();
        var (response, _, commands) = await ReadAsync(path);
        response.Dispose();
        return commands;
    }
}

[CollectionDefinition(Name)]
public sealed class CachedSiteCollection : ICollectionFixture<CachedSite>
{
    public const string Name = "cached demo site";
}
