using AngleSharp.Dom;
using Dateline.Articles;
using Dateline.MostRead;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.MostRead;

/// <summary>The Most read block: ordered by views, each list within its window, published articles only.</summary>
[Collection(MostReadCollection.Name)]
public sealed class MostReadListTests(MostReadSite site)
{
    private static IReadOnlyList<string> List(IDocument page, string heading) =>
        page.QuerySelectorAll("aside.most-read section").Single(s => s.QuerySelector("h3")!.Text() == heading)
            .QuerySelectorAll("li a").Select(a => a.GetAttribute("href")!).ToList();

    // Pages here are fetched by the fixture's client, which sends no User-Agent and so is never counted: a flush that
    // the clock's steps set off cannot add views under the test's feet.
    [Fact]
    public async Task Lists_order_by_views_and_keep_to_the_last_24_hours_and_7_days()
    {
        // Past the cache of any earlier page view, and a fresh table: these rows alone decide the lists.
        site.Clock.Advance(MostReadLists.Fresh + TimeSpan.FromSeconds(1));
        await site.Flush.FlushAsync(default);
        var now = site.Clock.GetUtcNow().UtcDateTime;
        var hour = ReadCounter.HourOf(now);
        var articles = await site.WithDbAsync(db => db.Articles.AsNoTracking().Published(now).NewestFirst().Take(7).ToListAsync());
        var draft = await site.WithDbAsync(async db =>
        {
            var article = new Article
            {
                Slug = "most-read-draft-" + Guid.NewGuid().ToString("N")[..8], Headline = "A draft nobody may list",
                PrimarySectionId = await db.Sections.Select(s => s.Id).FirstAsync(), CreatedAt = now, Status = ArticleStatus.Draft,
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            return article;
        });
        var (a, b, c, e, f, g, h) = (articles[0], articles[1], articles[2], articles[3], articles[4], articles[5], articles[6]);
        await site.WithDbAsync(async db =>
        {
            await db.ArticleViews.ExecuteDeleteAsync();
            db.ArticleViews.AddRange(
                new ArticleViews { ArticleId = a.Id, Hour = hour.AddDays(-3), Views = 50 },
                new ArticleViews { ArticleId = b.Id, Hour = hour.AddHours(-1), Views = 10 },
                new ArticleViews { ArticleId = c.Id, Hour = hour, Views = 5 },
                new ArticleViews { ArticleId = c.Id, Hour = hour.AddDays(-5), Views = 30 },
                new ArticleViews { ArticleId = e.Id, Hour = hour.AddDays(-8), Views = 500 },
                new ArticleViews { ArticleId = f.Id, Hour = hour.AddHours(-23), Views = 3 },
                new ArticleViews { ArticleId = g.Id, Hour = hour.AddHours(-24), Views = 7 },
                new ArticleViews { ArticleId = h.Id, Hour = hour.AddDays(-7), Views = 100 },
                new ArticleViews { ArticleId = draft.Id, Hour = hour, Views = 1000 });
            await db.SaveChangesAsync();
        });

        var page = await site.Client.GetPageAsync(a.Path);
        var block = page.QuerySelector("aside.most-read")!;
        Assert.Equal("Most read", block.QuerySelector("h2")!.Text());
        Assert.Equal([b.Path, c.Path, f.Path], List(page, "Last 24 hours"));
        Assert.Equal([a.Path, c.Path, b.Path, g.Path, f.Path], List(page, "Last 7 days"));
        Assert.DoesNotContain(draft.Headline, page.Body!.TextContent);
        var latest = page.QuerySelector("aside.latest-list")!;
        Assert.Equal("Latest", latest.QuerySelector("h2")!.Text());
        Assert.Equal(articles.Take(5).Select(x => x.Path), latest.QuerySelectorAll("li a").Select(x => x.GetAttribute("href")));

        var home = await site.Client.GetPageAsync("/");
        Assert.Equal([a.Path, c.Path, b.Path, g.Path, f.Path], List(home, "Last 7 days"));
        Assert.Null(home.QuerySelector("aside.latest-list"));

        // Held in memory for a minute: new counts show once it has passed, not on every page view.
        await site.WithDbAsync(db => db.ArticleViews.AddAsync(new ArticleViews { ArticleId = g.Id, Hour = hour, Views = 900 }).AsTask()
            .ContinueWith(_ => db.SaveChangesAsync()).Unwrap());
        Assert.Equal([b.Path, c.Path, f.Path], List(await site.Client.GetPageAsync(a.Path), "Last 24 hours"));
        site.Clock.Advance(MostReadLists.Fresh);
        Assert.Equal([g.Path, b.Path, c.Path, f.Path], List(await site.Client.GetPageAsync(a.Path), "Last 24 hours"));
    }
}
