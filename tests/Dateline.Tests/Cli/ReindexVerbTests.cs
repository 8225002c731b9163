using Dateline.Articles;
using Dateline.Cli;
using Dateline.Related;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Cli;

/// <summary>`reindex` on a demo site whose derived data has been lost or left half-built.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ReindexVerbTests : IAsyncLifetime
{
    private readonly AppFixture site = new();

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();

    private string ProgressFile => Path.Combine(site.Database.DataDirectory, ReindexVerb.ProgressFileName);

    private async Task<(int Exit, string Output)> ReindexAsync()
    {
        var before = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            return (await Verbs.RunAsync(["reindex", .. site.Database.Arguments]), output.ToString());
        }
        finally
        {
            Console.SetOut(before);
        }
    }

    private Task ForgetEverythingDerivedAsync() => site.WithDbAsync(async db =>
    {
        await db.RelatedArticles.ExecuteDeleteAsync();
        await db.ArticleTerms.ExecuteDeleteAsync();
        await db.TermFrequencies.ExecuteDeleteAsync();
        await db.Articles.ExecuteUpdateAsync(a => a.SetProperty(x => x.BodyText, ""));
    });

    [Fact]
    public async Task Reindex_rebuilds_article_text_terms_counts_and_every_related_list()
    {
        var now = DateTime.UtcNow;
        var expected = await site.WithDbAsync(async db => (
            Texts: await db.Articles.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.BodyText),
            Terms: await db.ArticleTerms.CountAsync(),
            Published: await db.Articles.Published(now).CountAsync()));
        await ForgetEverythingDerivedAsync();

        var (exit, output) = await ReindexAsync();

        Assert.Equal(0, exit);
        Assert.Contains($"{expected.Texts.Count:N0} article texts brought up to date", output);
        Assert.Contains($"{expected.Published:N0} related lists computed", output);
        Assert.False(File.Exists(ProgressFile));
        await site.WithDbAsync(async db =>
        {
            Assert.Equal(expected.Texts, await db.Articles.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.BodyText));
            Assert.Equal(expected.Terms, await db.ArticleTerms.CountAsync());
            Assert.Equal(expected.Published, (await db.TermFrequencies.SingleAsync(f => f.Term == TermFrequency.AllArticles)).Articles);
            var counted = await db.ArticleTerms.GroupBy(t => t.Term).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
            Assert.All(await db.TermFrequencies.Where(f => f.Term != "").ToListAsync(), f => Assert.Equal(counted[f.Term], f.Articles));
            Assert.Equal(expected.Published, await db.RelatedArticles.Where(r => r.Rank == 0).CountAsync());
        });

        // Nothing is stale any more: a second run rewrites nothing.
        var (again, second) = await ReindexAsync();
        Assert.Equal(0, again);
        Assert.Contains("0 article texts brought up to date, 0 articles' terms rewritten", second);
    }

    [Fact]
    public async Task An_interrupted_reindex_continues_from_where_it_stopped()
    {
        await ForgetEverythingDerivedAsync();
        var ids = await site.WithDbAsync(db => db.Articles.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());
        var stoppedAfter = ids[ids.Count / 2];
        // As a run stopped by Ctrl+C leaves it: text done, terms done up to the middle.
        await File.WriteAllTextAsync(ProgressFile, $"{Reindexing.Phase.Terms} {stoppedAfter}");

        var (exit, output) = await ReindexAsync();

        Assert.Equal(0, exit);
        Assert.Contains("continuing an interrupted run", output);
        var indexed = await site.WithDbAsync(db => db.ArticleTerms.Select(t => t.ArticleId).Distinct().ToListAsync());
        Assert.All(indexed, id => Assert.True(id > stoppedAfter));
        Assert.Contains(ids.Last(), indexed);
        Assert.False(File.Exists(ProgressFile));
    }
}
