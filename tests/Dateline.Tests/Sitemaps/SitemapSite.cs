using Dateline.Articles;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Sitemaps;

/// <summary>
/// The demo site with a configured public address and a sitemap limit of three addresses per file, plus articles of
/// its own: five published in January 2019 (two parts of that month), and a draft, a scheduled and an unpublished
/// article that no sitemap may show.
/// </summary>
public sealed class SitemapSite : AppFixture
{
    public const string PublicUrl = "https://news.example";
    public const int Limit = 3;
    public static readonly DateTime OldMonth = new(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    protected override IEnumerable<string> Configuration => [$"--Dateline:PublicUrl={PublicUrl}", $"--Dateline:Sitemaps:UrlsPerFile={Limit}"];

    public List<Article> Hidden { get; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var now = DateTime.UtcNow;
        await WithDbAsync(async db =>
        {
            var section = await db.Sections.OrderBy(s => s.Id).FirstAsync();
            Article Make(string slug, ArticleStatus status, DateTime? published) => new()
            {
                Slug = slug, Headline = slug, Status = status, CreatedAt = published ?? now, PublishedAt = published,
                PrimarySectionId = section.Id, BodyHtml = "<p>Words.</p>",
            };

            for (var i = 0; i < 5; i++)
            {
                db.Articles.Add(Make($"old-news-{i}", ArticleStatus.Published, OldMonth.AddDays(3 + i)));
            }

            Hidden.Add(Make("sitemap-draft", ArticleStatus.Draft, null));
            Hidden.Add(Make("sitemap-scheduled", ArticleStatus.Scheduled, null));
            Hidden[^1].ScheduledFor = now.AddHours(2);
            Hidden.Add(Make("sitemap-unpublished", ArticleStatus.Unpublished, now.AddHours(-1)));
            // Published in the database but dated an hour ahead: readers cannot see it yet, nor may the sitemaps.
            Hidden.Add(Make("sitemap-future", ArticleStatus.Published, now.AddHours(1)));
            db.Articles.AddRange(Hidden);
            await db.SaveChangesAsync();
        });
    }
}

[CollectionDefinition(Name)]
public sealed class SitemapCollection : ICollectionFixture<SitemapSite>
{
    public const string Name = "sitemap site";
}
