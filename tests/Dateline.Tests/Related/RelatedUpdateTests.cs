using Dateline.Articles;
using Dateline.Related;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.Tests.Related;

/// <summary>How stored lists follow publishing, unpublishing and the editors' choices, on a demo site of its own.</summary>
public sealed class RelatedUpdateTests(RelatedUpdateTests.Site site) : IClassFixture<RelatedUpdateTests.Site>
{
    /// <summary>A demo site these tests may change.</summary>
    public sealed class Site : AppFixture
    {
        public Task<int> DrainAsync() => Services.GetRequiredService<RefreshRelatedStories>().DrainAsync(CancellationToken.None);

        public Task<Dictionary<int, List<int>>> ListsAsync() => WithDbAsync(async db =>
            (await db.RelatedArticles.AsNoTracking().ToListAsync())
                .GroupBy(r => r.ArticleId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Rank).Select(r => r.RelatedId).ToList()));

        public Task<int> IdOfAsync(string slug) => WithDbAsync(db => db.Articles.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync());
    }

    [Fact]
    public async Task An_unpublished_article_leaves_every_list_that_showed_it_and_those_lists_are_refilled()
    {
        var lists = await site.ListsAsync();
        var gone = lists.Values.SelectMany(l => l).GroupBy(id => id).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var showing = lists.Where(l => l.Value.Contains(gone)).Select(l => l.Key).ToList();
        Assert.True(showing.Count >= 2);

        await site.WithDbAsync(async db =>
        {
            var article = await db.Articles.SingleAsync(a => a.Id == gone);
            article.Status = ArticleStatus.Unpublished;
            await db.SaveChangesAsync();
        });
        await site.DrainAsync();

        var after = await site.ListsAsync();
        Assert.DoesNotContain(after.Values, l => l.Contains(gone));
        Assert.False(after.ContainsKey(gone));
        Assert.Equal(0, await site.WithDbAsync(db => db.ArticleTerms.CountAsync(t => t.ArticleId == gone)));
        foreach (var id in showing)
        {
            Assert.Equal(lists[id].Count, after[id].Count);
        }

        var page = await site.Client.GetPageAsync(await site.WithDbAsync(async db => (await db.Articles.SingleAsync(a => a.Id == showing[0])).Path));
        var goneArticle = await site.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == gone));
        Assert.DoesNotContain(page.QuerySelectorAll(".check-also a, .related-stories a"), a => a.GetAttribute("href")!.EndsWith("/" + goneArticle.Slug));
    }

    [Fact]
    public async Task Pinned_articles_come_first_in_their_order_and_excluded_ones_never_show()
    {
        var article = await site.IdOfAsync("caravan-cup-semi-finals-herat-kabul-advance");
        var (first, second) = (await site.IdOfAsync("kuwait-outdoor-work-ban-extended"), await site.IdOfAsync("mazar-maternity-ward-opens"));
        var excluded = (await site.ListsAsync())[article][0];

        await site.WithDbAsync(async db =>
        {
            db.RelatedChoices.AddRange(
                new RelatedChoice { ArticleId = article, OtherId = second, Pinned = true, Position = 1 },
                new RelatedChoice { ArticleId = article, OtherId = first, Pinned = true, Position = 0 },
                new RelatedChoice { ArticleId = article, OtherId = excluded, Pinned = false });
            db.RelatedRefreshes.Add(new RelatedRefresh { ArticleId = article, QueuedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        await site.DrainAsync();

        var list = (await site.ListsAsync())[article];
        Assert.Equal([first, second], list.Take(2));
        Assert.DoesNotContain(excluded, list);
        Assert.Equal(RelatedList.Length, list.Count);
    }

    [Fact]
    public async Task A_new_article_on_a_topic_enters_older_lists_on_that_topic_and_leaves_unrelated_lists_alone()
    {
        var before = await site.ListsAsync();
        var cricket = await site.WithDbAsync(db => db.Articles.Where(a => a.PrimarySection.Slug == "cricket").Select(a => a.Id).ToListAsync());
        var added = await site.WithDbAsync(async db =>
        {
            var afghanistan = await db.Sections.SingleAsync(s => s.Slug == "afghanistan");
            var article = new Article
            {
                Slug = "takhar-flood-survivors-rebuild-farkhar-homes",
                Headline = "Takhar flood survivors start rebuilding homes in Farkhar",
                Standfirst = "Families who lost houses in the Takhar floods return to Farkhar with aid from relief agencies.",
                BodyHtml = "<p>Families in Farkhar district of Takhar province began rebuilding homes destroyed by the floods, " +
                           "using timber and cement delivered by humanitarian aid groups. The floods swept through Farkhar and Taloqan.</p>",
                DatelinePlace = "FARKHAR",
                Status = ArticleStatus.Published,
                CreatedAt = DateTime.UtcNow,
                PublishedAt = DateTime.UtcNow.AddMinutes(-1),
                PrimarySection = afghanistan,
                Sections = [afghanistan],
                Story = await db.Stories.SingleAsync(s => s.Slug == "takhar-floods"),
                Tags = await db.Tags.Where(t => t.Slug == "floods" || t.Slug == "humanitarian-aid").ToListAsync(),
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            return article.Id;
        });
        Assert.Equal(1, await site.DrainAsync());

        var after = await site.ListsAsync();
        Assert.NotEmpty(after[added]);
        var storyIds = await site.WithDbAsync(db => db.Articles.Where(a => a.Story!.Slug == "takhar-floods" && a.Id != added).Select(a => a.Id).ToListAsync());
        Assert.Contains(storyIds, id => after[id].Contains(added));
        foreach (var id in cricket)
        {
            Assert.Equal(before[id], after[id]);
        }
    }
}
