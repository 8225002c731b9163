using Dateline.Articles;
using Dateline.Caching;
using Dateline.Comments;
using Dateline.Data;
using Dateline.Newsroom;
using Dateline.Newsroom.Comments;
using Dateline.Site;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.Tests.Caching;

/// <summary>
/// Every kind of write shows on the next read of the pages that show what it changed, through the app's own writers
/// (its DbContext, the moderation queue, the scheduler), and leaves unrelated stored pages alone.
/// </summary>
[Collection(CachedSiteCollection.Name)]
public sealed class EvictionTests(CachedSite site)
{
    private sealed record Placed(int Id, string Path, string SectionUrl, int SectionId, string TagUrl, int TagId, string? OtherTagUrl, string StaticPage);

    /// <summary>A published English article with a tag, and a tag page and a static page that do not show it.</summary>
    private Task<Placed> PickAsync(int skip = 0) => site.WithDbAsync(async db =>
    {
        var article = await db.Articles.AsNoTracking().Published(DateTime.UtcNow).InEdition(1)
            .Include(a => a.Tags).Include(a => a.PrimarySection)
            .Where(a => a.Tags.Any()).NewestFirst().Skip(skip).FirstAsync();
        var tagIds = article.Tags.Select(t => t.Id).ToList();
        var other = await db.Tags.AsNoTracking()
            .Where(t => !tagIds.Contains(t.Id) && db.Articles.Any(a => a.Id != article.Id && a.Status == ArticleStatus.Published && a.Tags.Any(x => x.Id == t.Id)))
            .OrderBy(t => t.Id).FirstOrDefaultAsync();
        var page = await db.StaticPages.AsNoTracking().OrderBy(p => p.Id).FirstAsync();
        return new Placed(article.Id, article.Path, article.PrimarySection.Url, article.PrimarySectionId, article.Tags[0].Url, article.Tags[0].Id, other?.Url, page.Url);
    });

    /// <summary>The stored copies of these pages, by ETag (the hash of their bytes), once earlier tests' evictions are over.</summary>
    private async Task<Dictionary<string, string>> StoreAsync(params string[] paths)
    {
        await site.QuietAsync();
        var stored = new Dictionary<string, string>();
        foreach (var path in paths)
        {
            await site.SteadyAsync(path);
            stored[path] = (await site.ReadAsync(path)).Response.Headers.ETag!.Tag;
        }

        return stored;
    }

    /// <summary>
    /// The same bytes alone would not show it: a page evicted without need is rendered again to the same ETag. The Age
    /// header is only on a copy served from the store.
    /// </summary>
    private async Task AssertStillStoredAsync(Dictionary<string, string> stored, string path)
    {
        var (response, _, _) = await site.ReadAsync(path);
        Assert.Equal(stored[path], response.Headers.ETag!.Tag);
        Assert.NotNull(response.Headers.Age);
    }

    [Fact]
    public async Task An_edited_headline_shows_on_its_page_and_lists_at_once_and_unrelated_pages_stay_stored()
    {
        var article = await PickAsync();
        var stored = await StoreAsync(article.Path, article.SectionUrl, article.TagUrl, article.StaticPage, "/feed");

        var headline = "Edited headline " + Guid.NewGuid().ToString("N")[..8];
        await site.WithDbAsync(async db =>
        {
            (await db.Articles.SingleAsync(a => a.Id == article.Id)).Headline = headline;
            await db.SaveChangesAsync();
        });

        var (page, body, _) = await site.ReadAsync(article.Path);
        Assert.Contains(headline, body);
        Assert.NotEqual(stored[article.Path], page.Headers.ETag!.Tag);
        var (section, list, _) = await site.ReadAsync(article.SectionUrl);
        Assert.Contains(headline, list);
        Assert.NotEqual(stored[article.SectionUrl], section.Headers.ETag!.Tag);
        Assert.Contains(headline, (await site.ReadAsync(article.TagUrl)).Body);
        Assert.Contains(headline, (await site.ReadAsync("/feed")).Body);
        await AssertStillStoredAsync(stored, article.StaticPage);
    }

    [Fact]
    public async Task A_page_stored_after_an_edit_by_a_render_begun_before_it_is_evicted_again_a_moment_later()
    {
        var article = await PickAsync(2);
        await site.QuietAsync();
        var store = site.Services.GetRequiredService<IOutputCacheStore>();
        var key = "late-store-" + Guid.NewGuid().ToString("N");

        await site.WithDbAsync(async db =>
        {
            (await db.Articles.SingleAsync(a => a.Id == article.Id)).Headline = "Edited again " + Guid.NewGuid().ToString("N")[..8];
            await db.SaveChangesAsync();
        });
        // A reader whose render began before the commit: the output cache stores a page after its last byte has gone
        // out, so the old page can land in the store after the edit's eviction has run.
        await store.SetAsync(key, "the page before the edit"u8.ToArray(), [CacheTags.Article(article.Id)], TimeSpan.FromMinutes(5), CancellationToken.None);
        Assert.NotNull(await store.GetAsync(key, CancellationToken.None));

        await site.QuietAsync();
        Assert.Null(await store.GetAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task A_newly_published_article_joins_home_section_tag_and_feed_and_other_tags_stay_stored()
    {
        var near = await PickAsync();
        Assert.NotNull(near.OtherTagUrl);
        var stored = await StoreAsync("/", near.SectionUrl, near.TagUrl, near.OtherTagUrl!, "/feed");

        var headline = "Fresh story " + Guid.NewGuid().ToString("N")[..8];
        var path2 = await AddArticleAsync(headline, near.SectionId, near.TagId, ArticleStatus.Published, DateTime.UtcNow.AddMinutes(-1));

        Assert.Contains(headline, (await site.ReadAsync(path2)).Body);
        foreach (var list in new[] { "/", near.SectionUrl, near.TagUrl, "/feed" })
        {
            Assert.Contains(headline, (await site.ReadAsync(list)).Body);
        }

        await AssertStillStoredAsync(stored, near.OtherTagUrl!);
    }

    [Fact]
    public async Task An_unpublished_article_leaves_its_page_and_the_lists_at_once()
    {
        var headline = "Soon withdrawn " + Guid.NewGuid().ToString("N")[..8];
        var near = await PickAsync();
        var path = await AddArticleAsync(headline, near.SectionId, near.TagId, ArticleStatus.Published, DateTime.UtcNow.AddMinutes(-1));
        await site.SteadyAsync(path);
        await site.SteadyAsync(near.SectionUrl);
        Assert.Contains(headline, (await site.ReadAsync(near.SectionUrl)).Body);

        await site.WithDbAsync(async db =>
        {
            (await db.Articles.SingleAsync(a => a.Headline == headline)).Status = ArticleStatus.Unpublished;
            await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.NotFound, (await site.ReadAsync(path)).Response.StatusCode);
        Assert.DoesNotContain(headline, (await site.ReadAsync(near.SectionUrl)).Body);
        Assert.DoesNotContain(headline, (await site.ReadAsync("/")).Body);
    }

    [Fact]
    public async Task A_correction_shows_on_the_article_at_once()
    {
        var article = await PickAsync(1);
        await site.SteadyAsync(article.Path);
        var text = "Correction " + Guid.NewGuid().ToString("N")[..8];
        await site.WithDbAsync(async db =>
        {
            db.Corrections.Add(new Correction { ArticleId = article.Id, Text = text, PublishedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });

        Assert.Contains(text, (await site.ReadAsync(article.Path)).Body);
    }

    [Fact]
    public async Task An_approved_comment_shows_on_its_article_and_other_pages_stay_stored()
    {
        var article = await PickAsync(2);
        var stored = await StoreAsync(article.Path, article.SectionUrl, article.StaticPage);
        var marker = "Approved words " + Guid.NewGuid().ToString("N")[..8];
        var id = await site.WithDbAsync(async db =>
        {
            var comment = new Comment { ArticleId = article.Id, AuthorName = "Reader", AuthorEmail = "reader@example.org", Body = marker, CreatedAt = DateTime.UtcNow };
            db.Comments.Add(comment);
            await db.SaveChangesAsync();
            return comment.Id;
        });
        // Held: nobody but its writer sees it, so the stored page stands.
        Assert.DoesNotContain(marker, (await site.ReadAsync(article.Path)).Body);

        await using (var scope = site.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ModerationQueue>().ApplyAsync(ModerationAction.Approve, [id], default));
        }

        Assert.Contains(marker, (await site.ReadAsync(article.Path)).Body);
        await AssertStillStoredAsync(stored, article.SectionUrl);
        await AssertStillStoredAsync(stored, article.StaticPage);
    }

    [Fact]
    public async Task A_menu_or_setting_change_shows_on_every_page()
    {
        var article = await PickAsync();
        await site.SteadyAsync("/");
        await site.SteadyAsync(article.Path);
        var label = "Menu " + Guid.NewGuid().ToString("N")[..6];
        await site.WithDbAsync(async db =>
        {
            db.MenuItems.Add(new MenuItem { Label = label, Url = "/about", Position = 99 });
            await db.SaveChangesAsync();
        });

        Assert.Contains(label, (await site.ReadAsync("/")).Body);
        Assert.Contains(label, (await site.ReadAsync(article.Path)).Body);

        var tagline = "Tagline " + Guid.NewGuid().ToString("N")[..6];
        await site.SteadyAsync("/feed");
        await site.WithDbAsync(async db =>
        {
            (await db.SiteSettings.SingleAsync()).Tagline = tagline;
            await db.SaveChangesAsync();
        });
        Assert.Contains(tagline, (await site.ReadAsync("/feed")).Body);
    }

    [Fact]
    public async Task A_scheduled_article_going_live_joins_the_lists_when_the_scheduler_publishes_it()
    {
        var near = await PickAsync();
        await site.SteadyAsync("/");
        await site.SteadyAsync(near.SectionUrl);
        var headline = "Scheduled story " + Guid.NewGuid().ToString("N")[..8];
        await AddArticleAsync(headline, near.SectionId, near.TagId, ArticleStatus.Scheduled, null);
        Assert.DoesNotContain(headline, (await site.ReadAsync("/")).Body);

        // Made due only now: due from the start, the scheduler's own round (every 10 s) could publish it before the
        // assertion above. It still may before the call below, which would then find it published the same way.
        await site.WithDbAsync(async db =>
        {
            (await db.Articles.SingleAsync(a => a.Headline == headline)).ScheduledFor = DateTime.UtcNow.AddSeconds(-1);
            await db.SaveChangesAsync();
        });
        await site.SteadyAsync("/");
        await site.SteadyAsync(near.SectionUrl);
        await site.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<PublishScheduledArticles>().Single().PublishDueAsync(default);

        Assert.Contains(headline, (await site.ReadAsync("/")).Body);
        Assert.Contains(headline, (await site.ReadAsync(near.SectionUrl)).Body);
    }

    [Fact]
    public async Task A_renamed_section_shows_its_new_name_on_its_articles_and_its_page()
    {
        var article = await PickAsync(3);
        await site.SteadyAsync(article.Path);
        await site.SteadyAsync(article.SectionUrl);
        var name = "Renamed " + Guid.NewGuid().ToString("N")[..6];
        var old = await site.WithDbAsync(async db =>
        {
            var section = await db.Sections.SingleAsync(s => s.Id == article.SectionId);
            var was = section.Name;
            section.Name = name;
            await db.SaveChangesAsync();
            return was;
        });
        try
        {
            Assert.Contains(name, (await site.ReadAsync(article.Path)).Body);
            Assert.Contains(name, (await site.ReadAsync(article.SectionUrl)).Body);
        }
        finally
        {
            await site.WithDbAsync(async db =>
            {
                (await db.Sections.SingleAsync(s => s.Id == article.SectionId)).Name = old;
                await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task A_bulk_statement_on_articles_evicts_everything_it_may_have_changed()
    {
        var article = await PickAsync();
        await site.SteadyAsync(article.Path);
        var headline = "Bulk " + Guid.NewGuid().ToString("N")[..8];
        await site.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(a => a.SetProperty(x => x.Headline, headline)));

        Assert.Contains(headline, (await site.ReadAsync(article.Path)).Body);
    }

    private async Task<string> AddArticleAsync(string headline, int sectionId, int tagId, ArticleStatus status, DateTime? publishedAt)
    {
        var article = await site.WithDbAsync(async db =>
        {
            var tag = await db.Tags.SingleAsync(t => t.Id == tagId);
            var section = await db.Sections.SingleAsync(s => s.Id == sectionId);
            var author = await db.Authors.OrderBy(a => a.Id).FirstAsync();
            var now = DateTime.UtcNow;
            var article = new Article
            {
                Slug = "cache-" + Guid.NewGuid().ToString("N")[..10],
                Headline = headline,
                BodyHtml = "<p>Body of " + headline + ".</p>",
                Status = status,
                CreatedAt = now,
                PublishedAt = publishedAt,
                ScheduledFor = status == ArticleStatus.Scheduled ? now.AddHours(1) : null,
                PrimarySectionId = sectionId,
                Tags = [tag],
                Sections = [section],
            };
            article.Bylines.Add(new Byline { Author = author, Position = 0 });
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            return article;
        });
        return Article.PathFor(article.PublishedAt ?? article.CreatedAt, article.Slug);
    }
}
