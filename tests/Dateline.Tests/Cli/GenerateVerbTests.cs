using Dateline.Articles;
using Dateline.Cli;
using Dateline.Authors;
using Dateline.Data;
using Dateline.Editions;
using Dateline.Sections;
using Dateline.Tags;
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
        await site.WithDbAsync(async db =>
        {
            foreach (var name in new[] { "Politics", "Business", "Sport" })
            {
                db.Sections.Add(new Section { Slug = name.ToLowerInvariant(), Name = name, Path = name.ToLowerInvariant() });
                db.Tags.Add(new Tag { Slug = name.ToLowerInvariant() + "-tag", Name = name });
                db.Authors.Add(new Author { Slug = name.ToLowerInvariant() + "-desk", Name = name + " desk" });
            }

            // A second edition's section: synthetic articles are English, so none may be filed there.
            db.Editions.Add(new Edition { Id = 2, Key = "fa", Culture = "fa-AF", Direction = TextDirection.Rtl, UrlPrefix = "fa", Name = "دری" });
            db.Sections.Add(new Section { EditionId = 2, Slug = "siasat", Name = "سیاست", Path = "siasat" });
            await db.SaveChangesAsync();
        });

        var exit = await Verbs.RunAsync(["generate", "--articles", "1500", .. site.Database.Arguments]);
        Assert.Equal(0, exit);
        Assert.False(await site.WithDbAsync(db => db.Articles.AnyAsync(a => a.EditionId != Edition.DefaultId || a.Sections.Any(s => s.EditionId != Edition.DefaultId))));

        var (count, sections, tags, authors, days, paths) = await site.WithDbAsync(async db => (
            await db.Articles.Published(DateTime.UtcNow).CountAsync(),
            await db.Articles.Select(a => a.PrimarySectionId).Distinct().CountAsync(),
            await db.Set<Dictionary<string, object>>("ArticleTag").Select(t => EF.Property<int>(t, "TagId")).Distinct().CountAsync(),
            await db.Bylines.Select(b => b.AuthorId).Distinct().CountAsync(),
            (await db.Articles.Select(a => a.PublishedAt!.Value).ToListAsync()).Select(d => d.Date).Distinct().Count(),
            await db.Articles.NewestFirst().Take(3).Select(a => new { a.PublishedAt, a.Slug }).ToListAsync()));
        Assert.Equal(1500, count);
        Assert.Equal(1500, await site.WithDbAsync(db => db.Bylines.CountAsync()));
        Assert.Equal(3, sections);
        Assert.Equal(3, tags);
        Assert.Equal(3, authors);
        Assert.True(days > 300, $"articles fall on {days} different days");
        foreach (var article in paths)
        {
            using var response = await site.Client.GetAsync(Article.PathFor(article.PublishedAt!.Value, article.Slug));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Generated_articles_come_with_their_text_terms_counts_and_related_lists()
    {
        await site.WithDbAsync(async db =>
        {
            db.Sections.Add(new Section { Slug = "news", Name = "News", Path = "news" });
            db.Tags.Add(new Tag { Slug = "roads", Name = "Roads" });
            await db.SaveChangesAsync();
        });

        Assert.Equal(0, await Verbs.RunAsync(["generate", "--articles", "1200", .. site.Database.Arguments]));

        await site.WithDbAsync(async db =>
        {
            Assert.False(await db.Articles.AnyAsync(a => a.BodyText == ""));
            Assert.Equal(1200, await db.ArticleTerms.Select(t => t.ArticleId).Distinct().CountAsync());
            Assert.Equal(1200, (await db.TermFrequencies.SingleAsync(f => f.Term == Dateline.Related.TermFrequency.AllArticles)).Articles);
            var counted = await db.ArticleTerms.GroupBy(t => t.Term).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
            Assert.All(await db.TermFrequencies.Where(f => f.Term != "").ToListAsync(), f => Assert.Equal(counted[f.Term], f.Articles));
            Assert.Equal(1200, await db.RelatedArticles.CountAsync(r => r.Rank == 0));
            Assert.False(await db.RelatedArticles.AnyAsync(r => r.ArticleId == r.RelatedId));
            Assert.False(await db.RelatedRefreshes.AnyAsync());
        });
        var newest = await site.WithDbAsync(db => db.Articles.NewestFirst().FirstAsync());
        var page = await site.Client.GetPageAsync(newest.Path);
        Assert.NotNull(page.QuerySelector("aside.check-also h3 a"));
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
