using System.Xml.Linq;
using Dateline.Articles;
using Dateline.Authors;
using Dateline.Comments;
using Dateline.Sections;
using Dateline.StaticPages;
using Dateline.Tags;
using Dateline.WordPress;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.WordPress;

/// <summary>
/// Imported content keeps its WordPress ids as Dateline's own where they are free, so ids that apps stored from the old
/// site's REST API keep resolving; where one is taken the row gets a fresh id, and the site's own next ids never meet them.
/// </summary>
public sealed class WordPressIdsTests : IAsyncLifetime
{
    private static readonly XNamespace Wp = "https://wordpress.org/export/1.2/";
    private readonly WordPressSite site = new();

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();

    [Fact]
    public async Task An_import_into_an_empty_site_keeps_every_WordPress_id()
    {
        var summary = await site.ImportAsync(WordPressSite.ThemeUnitTest);
        Assert.Equal(0, summary.TotalFailed);

        var export = XDocument.Load(WordPressSite.ThemeUnitTest);
        var items = export.Descendants("item").ToList();
        int[] Ids(string type) => items.Where(i => (string?)i.Element(Wp + "post_type") == type && (string?)i.Element(Wp + "status") is not ("trash" or "auto-draft" or "inherit"))
            .Select(i => (int)i.Element(Wp + "post_id")!).Order().ToArray();

        Assert.Equal(Ids("post"), await site.WithDbAsync(db => db.Articles.Select(a => a.Id).OrderBy(id => id).ToArrayAsync()));
        Assert.Equal(Ids("page"), await site.WithDbAsync(db => db.StaticPages.Select(p => p.Id).OrderBy(id => id).ToArrayAsync()));
        var commentIds = items.Where(i => (string?)i.Element(Wp + "post_type") == "post").SelectMany(i => i.Elements(Wp + "comment"))
            .Select(c => (int)c.Element(Wp + "comment_id")!).Order().ToArray();
        Assert.Equal(commentIds, await site.WithDbAsync(db => db.Comments.Select(c => c.Id).OrderBy(id => id).ToArrayAsync()));
        var categoryIds = export.Descendants(Wp + "category").Select(c => (int)c.Element(Wp + "term_id")!).ToHashSet();
        var sectionIds = await site.WithDbAsync(db => db.Sections.Where(s => s.Path != "uncategorized").Select(s => s.Id).ToListAsync());
        Assert.Subset(categoryIds, sectionIds.ToHashSet());
        var tagIds = export.Descendants(Wp + "tag").Select(t => (int)t.Element(Wp + "term_id")!).Order().ToArray();
        Assert.Equal(tagIds, await site.WithDbAsync(db => db.Tags.Select(t => t.Id).OrderBy(id => id).ToArrayAsync()));
        // This export names its authors by login only (no wp:author_id), so theirs are Dateline's own; exports that carry
        // one keep it the same way (WxrReader reads it).

        // A post's id leads to the same post: its WordPress title is the article's headline.
        foreach (var post in items.Where(i => (string?)i.Element(Wp + "post_type") == "post" && (string?)i.Element(Wp + "status") == "publish"
            && string.IsNullOrEmpty((string?)i.Element(Wp + "post_password"))).Take(10))
        {
            var id = (int)post.Element(Wp + "post_id")!;
            var title = ((string)post.Element("title")!).Trim();
            var headline = await site.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Headline).SingleAsync());
            Assert.True(title.Length == 0 || headline == title || System.Net.WebUtility.HtmlDecode(title).Contains(headline[..Math.Min(8, headline.Length)], StringComparison.Ordinal),
                $"post {id}: “{title}” became “{headline}”");

            // And the REST API answers the id an app stored from the old site with that same post.
            using var response = await site.Client.GetAsync($"/wp-json/wp/v2/posts/{id}");
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(id, json.RootElement.GetProperty("id").GetInt32());
            Assert.Contains(System.Net.WebUtility.HtmlEncode(headline), json.RootElement.GetProperty("title").GetProperty("rendered").GetString() ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Ids_already_taken_get_fresh_ones_and_the_sites_own_next_rows_never_meet_an_imported_id()
    {
        // The site already has a section, a tag, an author and an article with ids an export will want.
        await site.WithDbAsync(async db =>
        {
            var section = new Section { Id = 1, Slug = "home-news", Name = "Home news", Path = "home-news" };
            db.Sections.Add(section);
            db.Tags.Add(new Tag { Id = 3, Slug = "ours", Name = "Ours" });
            db.Authors.Add(new Author { Id = 2, Slug = "our-reporter", Name = "Our reporter" });
            db.Articles.Add(new Article { Id = 1, Slug = "already-here", Headline = "Already here", BodyHtml = "<p>Ours.</p>", PrimarySection = section, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });

        var summary = await site.ImportAsync(WordPressSite.ThemeUnitTest);
        Assert.Equal(0, summary.TotalFailed);
        Assert.Equal("Already here", await site.WithDbAsync(db => db.Articles.Where(a => a.Id == 1).Select(a => a.Headline).SingleAsync()));
        Assert.Equal(59, await site.CountAsync<Article>());

        // A second export from another site with the very same ids: every one is taken now, nothing collides.
        var other = await File.ReadAllTextAsync(WordPressSite.ThemeUnitTest);
        other = other.Replace("https://wpthemetestdata.wordpress.com", "https://other.example", StringComparison.Ordinal);
        await using (var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(other)))
        {
            var second = await site.ImportAsync(stream);
            Assert.Equal(0, second.TotalFailed);
        }

        Assert.Equal(117, await site.CountAsync<Article>());
        Assert.Equal(56, await site.CountAsync<Comment>());

        // What the newsroom writes next is given an id past every imported one, on both providers.
        var (largestArticle, largestComment, largestPage) = await site.WithDbAsync(async db =>
            (await db.Articles.MaxAsync(a => a.Id), await db.Comments.MaxAsync(c => c.Id), await db.StaticPages.MaxAsync(p => p.Id)));
        var (article, page) = await site.WithDbAsync(async db =>
        {
            var section = await db.Sections.FirstAsync();
            var a = new Article { Slug = "written-after", Headline = "Written after the import", BodyHtml = "<p>New.</p>", PrimarySectionId = section.Id, CreatedAt = DateTime.UtcNow };
            var p = new StaticPage { Slug = "written-after", Title = "Written after" };
            db.Articles.Add(a);
            db.StaticPages.Add(p);
            await db.SaveChangesAsync();
            a.Comments.Add(new Comment { AuthorName = "Reader", AuthorEmail = "reader@example.com", Body = "After.", CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return (a, p);
        });
        Assert.True(article.Id > largestArticle, $"new article {article.Id} ≤ {largestArticle}");
        Assert.True(page.Id > largestPage, $"new page {page.Id} ≤ {largestPage}");
        Assert.True(article.Comments[0].Id > largestComment, $"new comment {article.Comments[0].Id} ≤ {largestComment}");
    }
}
