using Dateline.Articles;
using Dateline.Cli;
using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Cli;

public sealed class GenerateVerbTests : IAsyncLifetime
{
    private readonly AppFixture site = new EmptySite();

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();

    [Fact]
    public async Task Generate_adds_synthetic_articles_that_readers_can_open()
    {
        var exit = await Verbs.RunAsync(["generate", "--articles", "1500", .. site.Database.Arguments]);
        Assert.Equal(0, exit);

        var (count, sections, paths) = await site.WithDbAsync(async db => (
            await db.Articles.Published(DateTime.UtcNow).CountAsync(),
            await db.Articles.Select(a => a.PrimarySectionId).Distinct().CountAsync(),
            await db.Articles.NewestFirst().Take(3).Select(a => new { a.PublishedAt, a.Slug }).ToListAsync()));
        Assert.Equal(1500, count);
        Assert.True(await site.WithDbAsync(db => db.Bylines.CountAsync()) == 1500);
        foreach (var article in paths)
        {
            using var response = await site.Client.GetAsync(Article.PathFor(article.PublishedAt!.Value, article.Slug));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Generate_refuses_a_nonsensical_count()
    {
        var exit = await Verbs.RunAsync(["generate", "--articles", "0", .. site.Database.Arguments]);
        Assert.NotEqual(0, exit);
    }

    [Fact]
    public async Task Migrate_verb_is_idempotent()
    {
        Assert.Equal(0, await Verbs.RunAsync(["migrate", .. site.Database.Arguments]));
        Assert.Equal(0, await Verbs.RunAsync(["migrate", .. site.Database.Arguments]));
        Assert.Empty(await site.WithDbAsync(db => db.Database.GetPendingMigrationsAsync()));
    }

    private sealed class EmptySite : AppFixture
    {
        protected override bool SeedDemoContent => false;
    }
}
