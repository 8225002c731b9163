using Dateline.MostRead;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dateline.Tests.MostRead;

/// <summary>
/// The demo site on a fake clock, so the background flush runs only when a test moves time, and a test decides when
/// counted reads reach the database by flushing itself.
/// </summary>
public sealed class MostReadSite : AppFixture
{
    public const string Browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";

    /// <summary>
    /// Starts a few minutes into an hour (in the past), so the minutes a test moves the clock never cross into the next
    /// hour and shift the windows under it.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(ReadCounter.HourOf(DateTime.UtcNow).AddHours(-1).AddMinutes(5)));

    public FlushArticleViews Flush => Services.GetRequiredService<FlushArticleViews>();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    public async Task<HttpResponseMessage> ReadAsync(string path, string? userAgent = Browser, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        if (userAgent is not null)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        }

        return await Client.SendAsync(request);
    }
}

[CollectionDefinition(Name)]
public sealed class MostReadCollection : ICollectionFixture<MostReadSite>
{
    public const string Name = "most read";
}
