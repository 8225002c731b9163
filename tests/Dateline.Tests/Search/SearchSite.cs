using Dateline.Articles;
using Dateline.Authors;
using Dateline.Sections;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Search;

/// <summary>
/// A site without the demo newsroom whose few articles each test knows word for word: sections world › asia ›
/// afghanistan and sport, two authors, and articles written for ranking, phrases, prefixes, filters and paging.
/// Tests that edit add their own articles with words of their own.
/// </summary>
public sealed class SearchSite : AppFixture
{
    protected override bool SeedDemoContent => false;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await WithDbAsync(async db =>
        {
            var world = new Section { Slug = "world", Name = "World", Path = "world" };
            var asia = new Section { Slug = "asia", Name = "Asia", Path = "world/asia", Parent = world };
            db.Sections.AddRange(world, asia,
                new Section { Slug = "afghanistan", Name = "Afghanistan", Path = "world/asia/afghanistan", Parent = asia },
                new Section { Slug = "sport", Name = "Sport", Path = "sport", Position = 1 });
            db.Authors.AddRange(new Author { Slug = "amina-rahimi", Name = "Amina Rahimi" }, new Author { Slug = "james-cole", Name = "James Cole" });
            await db.SaveChangesAsync();
        });

        await PublishAsync("Glacier melt reshapes valley farms", "<p>Meltwater arrives earlier every spring.</p>");
        await PublishAsync("Farmers adapt to a changing season", "<p>In the high valleys a glacier feeds the canals.</p>");
        await PublishAsync("Dam opens on schedule", "<p>Engineers said the river barrage opened on time.</p>");
        await PublishAsync("Water levels fall", "<p>The barrage upstream holds back the river for now.</p>");
        await PublishAsync("Bridge reconstruction begins", "<p>Crews started work on Monday.</p>");
        await PublishAsync("Harbourmaster named in the east", "<p>A new post.</p>", "world/asia/afghanistan", "amina-rahimi", new DateTime(2024, 3, 10, 12, 0, 0, DateTimeKind.Utc));
        await PublishAsync("Harbourmaster retires", "<p>After forty years.</p>", "world", "james-cole", new DateTime(2024, 6, 15, 12, 0, 0, DateTimeKind.Utc));
        await PublishAsync("Harbourmaster cup final", "<p>The yearly race.</p>", "sport", "amina-rahimi", new DateTime(2025, 1, 20, 12, 0, 0, DateTimeKind.Utc));
        for (var i = 1; i <= 25; i++)
        {
            await PublishAsync($"Lighthouse log {i}", "<p>The keeper's notes.</p>", at: new DateTime(2023, 1, i, 12, 0, 0, DateTimeKind.Utc));
        }
    }

    /// <summary>Adds an article (published, unless told otherwise) and returns its id.</summary>
    public Task<int> PublishAsync(
        string headline, string bodyHtml, string sectionPath = "world", string author = "james-cole", DateTime? at = null,
        string language = "en", ArticleStatus status = ArticleStatus.Published, string? standfirst = null) => WithDbAsync(async db =>
    {
        var section = await db.Sections.SingleAsync(s => s.Path == sectionPath);
        var when = at ?? DateTime.UtcNow.AddHours(-1);
        var article = new Article
        {
            Slug = "a-" + Guid.NewGuid().ToString("N")[..12],
            Headline = headline,
            Standfirst = standfirst,
            BodyHtml = bodyHtml,
            Language = language,
            Status = status,
            CreatedAt = when,
            PublishedAt = status is ArticleStatus.Draft ? null : when,
            ScheduledFor = status is ArticleStatus.Scheduled ? when : null,
            PrimarySection = section,
            Sections = [section],
            Bylines = [new Byline { Author = await db.Authors.SingleAsync(a => a.Slug == author) }],
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article.Id;
    });

    /// <summary>The headlines /search lists for this query string (after "/search?"), in order.</summary>
    public async Task<List<string>> HeadlinesAsync(string queryString) =>
        (await Client.GetPageAsync("/search?" + queryString)).QuerySelectorAll(".search-results h3").Select(h => h.Text()).ToList();
}

[CollectionDefinition(Name)]
public sealed class SearchSiteCollection : ICollectionFixture<SearchSite>
{
    public const string Name = "search site";
}
