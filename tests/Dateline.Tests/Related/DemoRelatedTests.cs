using AngleSharp.Dom;
using Dateline.Articles;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Related;

/// <summary>The related lists the demo newsroom starts with (computed before the site serves), read only.</summary>
[Collection(DemoSiteCollection.Name)]
public sealed class DemoRelatedTests(AppFixture site)
{
    [Fact]
    public async Task Every_article_in_a_story_has_a_top_pick_from_its_story_or_its_section()
    {
        var (articles, topPicks) = await site.WithDbAsync(async db => (
            await db.Articles.AsNoTracking().Select(a => new { a.Id, a.Slug, a.StoryId, a.PrimarySectionId }).ToDictionaryAsync(a => a.Id),
            await db.RelatedArticles.AsNoTracking().Where(r => r.Rank == 0).ToDictionaryAsync(r => r.ArticleId, r => r.RelatedId)));
        var inStories = articles.Values.Where(a => a.StoryId != null).ToList();
        Assert.True(inStories.Count >= 10, "the demo has stories with several articles each");
        foreach (var article in inStories)
        {
            Assert.True(topPicks.TryGetValue(article.Id, out var pickId), $"{article.Slug} has no related list");
            var pick = articles[pickId];
            Assert.True(pick.StoryId == article.StoryId || pick.PrimarySectionId == article.PrimarySectionId,
                $"{article.Slug}'s top pick {pick.Slug} is from neither its story nor its section");
        }
    }

    [Fact]
    public async Task Every_published_article_has_a_list_of_other_published_articles_in_rank_order()
    {
        var now = DateTime.UtcNow;
        var (published, lists) = await site.WithDbAsync(async db => (
            await db.Articles.AsNoTracking().Published(now).Select(a => a.Id).ToListAsync(),
            (await db.RelatedArticles.AsNoTracking().ToListAsync()).ToLookup(r => r.ArticleId)));
        foreach (var id in published)
        {
            var list = lists[id].OrderBy(r => r.Rank).ToList();
            Assert.NotEmpty(list);
            Assert.Equal(Enumerable.Range(0, list.Count), list.Select(r => r.Rank));
            Assert.DoesNotContain(list, r => r.RelatedId == id);
            Assert.All(list, r => Assert.Contains(r.RelatedId, published));
            Assert.Equal(list.Select(r => r.RelatedId).Distinct().Count(), list.Count);
        }
    }

    [Fact]
    public async Task Check_also_shows_the_first_stored_pick_and_related_lists_the_next_ones()
    {
        var article = await site.WithDbAsync(db => db.Articles.AsNoTracking().Where(a => a.StoryId != null).OrderBy(a => a.Id).FirstAsync());
        var picks = await site.WithDbAsync(db => db.RelatedArticles.AsNoTracking().Where(r => r.ArticleId == article.Id).OrderBy(r => r.Rank)
            .Join(db.Articles, r => r.RelatedId, a => a.Id, (r, a) => new { a.Headline, a.Slug, a.PublishedAt }).ToListAsync());
        var page = await site.Client.GetPageAsync(article.Path);

        var box = page.QuerySelector("aside.check-also")!;
        Assert.Equal("Check Also", box.QuerySelector("h2")!.Text());
        var link = box.QuerySelector("h3 a")!;
        Assert.Equal(Article.PathFor(picks[0].PublishedAt!.Value, picks[0].Slug), link.GetAttribute("href"));
        Assert.Equal(picks[0].Headline, link.Text());
        Assert.EndsWith("…", box.QuerySelector(".excerpt")!.Text());

        var related = page.QuerySelector("aside.related-stories")!;
        Assert.Equal("Related", related.QuerySelector("h2")!.Text());
        Assert.Equal(picks.Skip(1).Take(4).Select(p => p.Headline), related.QuerySelectorAll("li a").Select(a => a.Text()));
        // Check Also, then Related, then the comments: each box's heading comes before the next box's.
        var headings = page.QuerySelectorAll("h2").Select(h => h.Id).ToList();
        Assert.True(headings.IndexOf("check-also-heading") < headings.IndexOf("related-heading"));
        Assert.True(headings.IndexOf("related-heading") < headings.IndexOf("comments-heading"));
    }
}
