using Dateline.Articles;
using Dateline.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.Tests.Sections;

/// <summary>The demo newsroom with a few hundred more articles, so sections, tags and authors run to many pages.</summary>
public sealed class DeepArchive : AppFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await WithDbAsync(db => new SyntheticArticles(db, Services.GetRequiredService<TimeProvider>()).AddAsync(400, new Progress<int>(), CancellationToken.None));
    }
}

/// <summary>
/// Older pages of a list are read by keyset: the "Older stories" link names the last article shown, and the next page
/// starts after it. Walking a list that way gives exactly what numbered pages give, and a bare page number still works.
/// </summary>
public sealed class KeysetPagingTests(DeepArchive site) : IClassFixture<DeepArchive>
{
    private async Task<(List<string> Articles, string? Older, string? Canonical)> ReadAsync(string path)
    {
        var page = await site.Client.GetPageAsync(path);
        return (page.QuerySelectorAll(".card h3 a").Select(a => a.GetAttribute("href")!).ToList(),
            page.QuerySelector(".pagination a[rel=next]")?.GetAttribute("href"),
            page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/category/world")]
    [InlineData("{tag}")]
    [InlineData("{author}")]
    public async Task Following_older_links_walks_the_whole_list_as_numbered_pages_do(string list)
    {
        if (list.StartsWith('{'))
        {
            list = await site.WithDbAsync(db => list == "{tag}"
                ? db.Articles.SelectMany(a => a.Tags).GroupBy(t => t.Slug).OrderByDescending(g => g.Count()).Select(g => "/tag/" + g.Key).FirstAsync()
                : db.Articles.SelectMany(a => a.Bylines).GroupBy(b => b.Author.Slug).OrderByDescending(g => g.Count()).Select(g => "/author/" + g.Key).FirstAsync());
        }

        var byKey = new List<string>();
        var byNumber = new List<string>();
        string? next = list;
        for (var number = 1; next is not null; number++)
        {
            var (articles, older, canonical) = await ReadAsync(next);
            byKey.AddRange(articles);
            byNumber.AddRange((await ReadAsync(number == 1 ? list : $"{list}?page={number}")).Articles);
            if (older is not null)
            {
                Assert.StartsWith($"{list}?page={number + 1}&before=", older);
            }

            // Whichever way a page was reached, it names one address: its number's.
            Assert.EndsWith(number == 1 ? list : $"{list}?page={number}", canonical);
            next = older;
        }

        Assert.True(byKey.Count > 20, $"{list} has only {byKey.Count} articles: one page, nothing to walk");
        Assert.Equal(byNumber, byKey);
        Assert.Equal(byKey.Count, byKey.Distinct().Count());
    }

    [Fact]
    public async Task A_key_that_names_no_article_in_the_list_reads_the_numbered_page()
    {
        var elsewhere = await site.WithDbAsync(db => db.Articles.Where(a => a.PrimarySection.Path != "world" && !a.PrimarySection.Path.StartsWith("world/")
            && !a.Sections.Any(s => s.Path == "world" || s.Path.StartsWith("world/"))).Select(a => a.Id).FirstAsync());
        var numbered = (await ReadAsync("/category/world?page=3")).Articles;

        Assert.Equal(numbered, (await ReadAsync($"/category/world?page=3&before={elsewhere}")).Articles);
        Assert.Equal(numbered, (await ReadAsync("/category/world?page=3&before=2147483647")).Articles);
    }

    [Fact]
    public async Task An_article_published_between_two_pages_neither_repeats_nor_hides_one()
    {
        var (first, older, _) = await ReadAsync("/category/world");
        var (secondBefore, _, _) = await ReadAsync("/category/world?page=2");
        // The section's oldest story is republished: it moves to the top of page 1, and every numbered page down by one.
        await site.WithDbAsync(async db =>
        {
            var oldest = await db.Articles.Where(a => a.PrimarySection.Path == "world" && a.Status == ArticleStatus.Published)
                .OrderBy(a => a.PublishedAt).FirstAsync();
            oldest.PublishedAt = DateTime.UtcNow.AddSeconds(-1);
            await db.SaveChangesAsync();
        });

        var (second, _, _) = await ReadAsync(older!);
        var (secondNow, _, _) = await ReadAsync("/category/world?page=2");
        // The reader who had page 1 open goes on exactly where it ended; the numbered page now repeats its last story.
        Assert.Equal(secondBefore, second);
        Assert.Empty(first.Intersect(second));
        Assert.Equal(first[^1], secondNow[0]);
    }
}
