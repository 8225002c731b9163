using Dateline.Articles;
using Dateline.MostRead;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.MostRead;

/// <summary>Reads are counted in memory and reach ArticleViews only when flushed, all of them, in one batch.</summary>
[Collection(MostReadCollection.Name)]
public sealed class ReadCountingTests(MostReadSite site)
{
    private Task<Article> LatestAsync() => site.WithDbAsync(db =>
        db.Articles.AsNoTracking().Published(site.Clock.GetUtcNow().UtcDateTime).NewestFirst().FirstAsync());

    private Task<int> ViewsAsync(int articleId) => site.WithDbAsync(async db =>
        await db.ArticleViews.Where(v => v.ArticleId == articleId).SumAsync(v => (int?)v.Views) ?? 0);

    private Task<(int Rows, int Views)> TableAsync() => site.WithDbAsync(async db =>
        (await db.ArticleViews.CountAsync(), await db.ArticleViews.SumAsync(v => (int?)v.Views) ?? 0));

    [Fact]
    public async Task Reads_touch_no_table_until_one_flush_writes_them_all()
    {
        await site.Flush.FlushAsync(default);
        var article = await LatestAsync();
        var before = await ViewsAsync(article.Id);
        var table = await TableAsync();

        for (var i = 0; i < 7; i++)
        {
            using var response = await site.ReadAsync(article.Path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(table, await TableAsync());
        Assert.Equal(7, await site.Flush.FlushAsync(default));
        Assert.Equal(before + 7, await ViewsAsync(article.Id));
        var hour = ReadCounter.HourOf(site.Clock.GetUtcNow().UtcDateTime);
        Assert.True(await site.WithDbAsync(db => db.ArticleViews.AnyAsync(v => v.ArticleId == article.Id && v.Hour == hour)));
        Assert.Equal(0, await site.Flush.FlushAsync(default));
    }

    [Fact]
    public async Task Crawlers_scripts_head_requests_redirects_and_missing_articles_are_not_counted()
    {
        await site.Flush.FlushAsync(default);
        var article = await LatestAsync();
        string[] robots =
        [
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
            "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
            "facebookexternalhit/1.1",
            "Some-Crawler/1.0",
            "WhatsApp link preview",
        ];
        foreach (var robot in robots)
        {
            using var response = await site.ReadAsync(article.Path, robot);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        (await site.ReadAsync(article.Path, userAgent: null)).Dispose();
        (await site.ReadAsync(article.Path, method: HttpMethod.Head)).Dispose();
        using var moved = await site.ReadAsync(article.Path.ToUpperInvariant());
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        using var missing = await site.ReadAsync("/2026/01/02/no-such-article");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        Assert.Equal(0, await site.Flush.FlushAsync(default));
    }

    [Fact]
    public async Task Two_hundred_concurrent_reads_are_all_counted()
    {
        await site.Flush.FlushAsync(default);
        var article = await LatestAsync();
        var before = await ViewsAsync(article.Id);

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => site.ReadAsync(article.Path)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var response in responses)
        {
            response.Dispose();
        }

        Assert.Equal(200, await site.Flush.FlushAsync(default));
        Assert.Equal(before + 200, await ViewsAsync(article.Id));
    }
}
