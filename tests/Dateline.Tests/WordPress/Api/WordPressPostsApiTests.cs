using System.Text.Json.Nodes;
using Dateline.Articles;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.WordPress.Api;

/// <summary>/wp-json/wp/v2/posts over the imported Theme Unit Test content, field by field against the handbook's schema.</summary>
public sealed class WordPressPostsApiTests(WordPressApiSite api) : IClassFixture<WordPressApiSite>
{
    private Task<List<Article>> PublishedAsync() => api.Site.WithDbAsync(db =>
        db.Articles.AsNoTracking().Published(DateTime.UtcNow).Include(a => a.Sections).Include(a => a.Tags).Include(a => a.Bylines).AsSplitQuery().ToListAsync());

    [Fact]
    public async Task Posts_list_every_published_post_and_nothing_else()
    {
        var published = await PublishedAsync();
        var first = await api.GetAsync("/wp-json/wp/v2/posts?per_page=100");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal("application/json; charset=UTF-8", first.Response.Content.Headers.ContentType!.ToString());
        Assert.Equal("*", first.Header("Access-Control-Allow-Origin"));
        Assert.Equal(55, published.Count);
        Assert.Equal(published.Count, first.Total);
        Assert.Equal(1, first.TotalPages);
        Assert.Equal(published.Select(a => a.Id).Order(), first.Array.Select(p => p!["id"]!.GetValue<int>()).Order());
        var hidden = await api.Site.WithDbAsync(db => db.Articles.Where(a => a.Status != ArticleStatus.Published).Select(a => a.Slug).ToListAsync());
        Assert.Equal(3, hidden.Count);
        Assert.DoesNotContain(first.Array, p => hidden.Contains(p!["slug"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_post_has_exactly_the_handbook_fields_with_our_values()
    {
        var article = (await PublishedAsync()).Single(a => a.Id == api.PicturedArticleId);
        var post = (await api.GetAsync($"/wp-json/wp/v2/posts/{article.Id}")).Object;

        Assert.Equal(WordPressApiSite.Expected("post"), WordPressApiSite.Keys(post));
        Assert.Equal(article.Id, post["id"]!.GetValue<int>());
        Assert.Equal(article.Slug, post["slug"]!.GetValue<string>());
        Assert.Equal("publish", post["status"]!.GetValue<string>());
        Assert.Equal("post", post["type"]!.GetValue<string>());
        Assert.Equal("standard", post["format"]!.GetValue<string>());
        Assert.False(post["sticky"]!.GetValue<bool>());
        Assert.Equal(article.PublishedAt!.Value.ToString("yyyy-MM-dd'T'HH:mm:ss"), post["date_gmt"]!.GetValue<string>());
        // The imported site's zone is UTC, so date and date_gmt agree; neither carries an offset.
        Assert.Equal(post["date_gmt"]!.GetValue<string>(), post["date"]!.GetValue<string>());
        Assert.Equal(api.Site.BaseAddress.GetLeftPart(UriPartial.Authority) + article.Path, post["link"]!.GetValue<string>());
        Assert.Equal(WebUtility.HtmlEncode(article.Headline), post["title"]!["rendered"]!.GetValue<string>());
        Assert.Equal(article.BodyHtml, post["content"]!["rendered"]!.GetValue<string>());
        Assert.False(post["content"]!["protected"]!.GetValue<bool>());
        Assert.Equal(article.CommentStatus == CommentStatus.Open ? "open" : "closed", post["comment_status"]!.GetValue<string>());
        Assert.Equal(api.PictureId, post["featured_media"]!.GetValue<int>());
        Assert.Equal(article.Bylines.OrderBy(b => b.Position).First().AuthorId, post["author"]!.GetValue<int>());
        var categories = post["categories"]!.AsArray().Select(c => c!.GetValue<int>()).ToList();
        Assert.Equal(article.PrimarySectionId, categories[0]);
        Assert.Equal(article.Sections.Select(s => s.Id).Order(), categories.Order());
        Assert.Equal(article.Tags.Select(t => t.Id).Order(), post["tags"]!.AsArray().Select(t => t!.GetValue<int>()).Order());

        var links = post["_links"]!.AsObject();
        Assert.Equal(WordPressApiSite.Expected("post_links").Append("wp:featuredmedia").Order(), WordPressApiSite.Keys(links).Order());
        Assert.True(links["author"]![0]!["embeddable"]!.GetValue<bool>());
        Assert.EndsWith($"/wp-json/wp/v2/posts/{article.Id}", links["self"]![0]!["href"]!.GetValue<string>());
        Assert.Equal(["category", "post_tag"], links["wp:term"]!.AsArray().Select(t => t!["taxonomy"]!.GetValue<string>()));
        Assert.EndsWith($"/wp-json/wp/v2/media/{api.PictureId}", links["wp:featuredmedia"]![0]!["href"]!.GetValue<string>());
    }

    [Fact]
    public async Task Date_is_in_the_site_zone_and_date_gmt_in_utc_both_without_offset()
    {
        // Tests of one class run one after another, so the zone can be changed and put back.
        var zone = await api.Site.WithDbAsync(db => db.SiteSettings.Select(s => s.TimeZone).SingleAsync());
        await api.Site.WithDbAsync(async db => { (await db.SiteSettings.SingleAsync()).TimeZone = "Asia/Kabul"; await db.SaveChangesAsync(); });
        try
        {
            var post = (await api.GetAsync($"/wp-json/wp/v2/posts/{api.PicturedArticleId}")).Object;
            var gmt = DateTime.ParseExact(post["date_gmt"]!.GetValue<string>(), "yyyy-MM-dd'T'HH:mm:ss", null);
            var local = DateTime.ParseExact(post["date"]!.GetValue<string>(), "yyyy-MM-dd'T'HH:mm:ss", null);
            Assert.Equal(TimeSpan.FromHours(4.5), local - gmt);
            var index = (await api.GetAsync("/wp-json/")).Object;
            Assert.Equal("Asia/Kabul", index["timezone_string"]!.GetValue<string>());
            Assert.Equal(4.5, index["gmt_offset"]!.GetValue<double>());

            // A date without an offset is read in the site's zone, as WordPress reads it.
            var stamp = local.ToString("yyyy-MM-dd'T'HH:mm:ss");
            var after = await api.GetAsync($"/wp-json/wp/v2/posts?after={stamp}&per_page=100");
            var afterUtc = await api.GetAsync($"/wp-json/wp/v2/posts?after={gmt:yyyy-MM-dd'T'HH:mm:ss}Z&per_page=100");
            Assert.Equal(afterUtc.Total, after.Total);
        }
        finally
        {
            await api.Site.WithDbAsync(async db => { (await db.SiteSettings.SingleAsync()).TimeZone = zone; await db.SaveChangesAsync(); });
        }
    }

    [Fact]
    public async Task Pages_of_posts_carry_totals_and_prev_next_links()
    {
        var total = (await PublishedAsync()).Count;
        var second = await api.GetAsync("/wp-json/wp/v2/posts?per_page=5&page=2");

        Assert.Equal(5, second.Array.Count);
        Assert.Equal(total, second.Total);
        Assert.Equal((total + 4) / 5, second.TotalPages);
        var link = second.Header("Link")!;
        Assert.Contains("/wp-json/wp/v2/posts?per_page=5&page=1>; rel=\"prev\"", link);
        Assert.Contains("/wp-json/wp/v2/posts?per_page=5&page=3>; rel=\"next\"", link);

        var last = await api.GetAsync($"/wp-json/wp/v2/posts?per_page=5&page={second.TotalPages}");
        Assert.DoesNotContain("rel=\"next\"", last.Header("Link")!);
        var first = await api.GetAsync("/wp-json/wp/v2/posts?per_page=5");
        Assert.DoesNotContain("rel=\"prev\"", first.Header("Link")!);

        // Page by page, newest first, every post exactly once.
        var seen = new List<int>();
        for (var page = 1; page <= second.TotalPages; page++)
        {
            seen.AddRange((await api.GetAsync($"/wp-json/wp/v2/posts?per_page=5&page={page}")).Array.Select(p => p!["id"]!.GetValue<int>()));
        }

        Assert.Equal(total, seen.Distinct().Count());
        var past = await api.GetAsync($"/wp-json/wp/v2/posts?per_page=5&page={second.TotalPages + 1}");
        Assert.Equal(HttpStatusCode.BadRequest, past.Status);
        Assert.Equal("rest_post_invalid_page_number", past.Code);
        Assert.Equal(400, past.Json!["data"]!["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task Every_filter_narrows_as_WordPress_does()
    {
        var published = await PublishedAsync();
        var busiest = published.SelectMany(a => a.Sections).GroupBy(s => s.Id).OrderByDescending(g => g.Count()).First();
        var inSection = await api.GetAsync($"/wp-json/wp/v2/posts?categories={busiest.Key}&per_page=100");
        Assert.Equal(busiest.Count(), inSection.Total);
        var notInSection = await api.GetAsync($"/wp-json/wp/v2/posts?categories_exclude={busiest.Key}&per_page=100");
        Assert.Equal(published.Count - busiest.Count(), notInSection.Total);

        var tag = published.SelectMany(a => a.Tags).GroupBy(t => t.Id).OrderByDescending(g => g.Count()).First();
        var tagged = await api.GetAsync($"/wp-json/wp/v2/posts?tags[]={tag.Key}&per_page=100");
        Assert.Equal(tag.Count(), tagged.Total);
        Assert.All(tagged.Array, p => Assert.Contains(tag.Key, p!["tags"]!.AsArray().Select(t => t!.GetValue<int>())));

        var author = published.SelectMany(a => a.Bylines).GroupBy(b => b.AuthorId).First();
        Assert.Equal(author.Count(), (await api.GetAsync($"/wp-json/wp/v2/posts?author={author.Key}")).Total);

        var one = published.OrderBy(a => a.Id).Skip(3).First();
        var bySlug = await api.GetAsync($"/wp-json/wp/v2/posts?slug={one.Slug}");
        Assert.Equal(one.Id, Assert.Single(bySlug.Array)!["id"]!.GetValue<int>());

        var ids = published.OrderBy(a => a.Id).Take(3).Select(a => a.Id).ToList();
        var included = await api.GetAsync($"/wp-json/wp/v2/posts?include={string.Join(',', ids)}&orderby=include&order=asc");
        Assert.Equal(ids, included.Array.Select(p => p!["id"]!.GetValue<int>()));
        var excluded = await api.GetAsync($"/wp-json/wp/v2/posts?exclude={string.Join(',', ids)}&per_page=100");
        Assert.Equal(published.Count - 3, excluded.Total);

        var middle = published.OrderBy(a => a.PublishedAt).ElementAt(published.Count / 2).PublishedAt!.Value;
        var stamp = middle.ToString("yyyy-MM-dd'T'HH:mm:ss");
        var after = await api.GetAsync($"/wp-json/wp/v2/posts?after={stamp}&per_page=100");
        var before = await api.GetAsync($"/wp-json/wp/v2/posts?before={stamp}Z&per_page=100");
        Assert.Equal(published.Count(a => a.PublishedAt > middle), after.Total);
        Assert.Equal(published.Count(a => a.PublishedAt < middle), before.Total);

        var titles = (await api.GetAsync("/wp-json/wp/v2/posts?orderby=title&order=asc&per_page=100")).Array.Select(p => p!["id"]!.GetValue<int>());
        Assert.Equal(published.OrderBy(a => a.Headline, StringComparer.Ordinal).ThenBy(a => a.Id).Select(a => a.Id), titles);
        var oldest = (await api.GetAsync("/wp-json/wp/v2/posts?order=asc&per_page=1")).Array.Single()!["id"]!.GetValue<int>();
        Assert.Equal(published.OrderBy(a => a.PublishedAt).ThenBy(a => a.Id).First().Id, oldest);
        var byId = (await api.GetAsync("/wp-json/wp/v2/posts?orderby=id&per_page=100")).Array.Select(p => p!["id"]!.GetValue<int>());
        Assert.Equal(published.Select(a => a.Id).OrderDescending(), byId);

        var offset = await api.GetAsync("/wp-json/wp/v2/posts?offset=50&per_page=10");
        Assert.Equal(published.Count - 50, offset.Array.Count);
    }

    [Fact]
    public async Task Search_uses_the_site_search_and_relevance_needs_words()
    {
        var found = await api.GetAsync("/wp-json/wp/v2/posts?search=markup");
        Assert.Equal(HttpStatusCode.OK, found.Status);
        Assert.True(found.Total > 0);
        Assert.All(found.Array, p => Assert.Contains("markup", (p!["title"]!["rendered"] + " " + p["content"]!["rendered"] + p["excerpt"]!["rendered"]).ToLowerInvariant()));
        var ranked = await api.GetAsync("/wp-json/wp/v2/posts?search=markup&orderby=relevance");
        Assert.Equal(found.Total, ranked.Total);
        var nothing = await api.GetAsync("/wp-json/wp/v2/posts?search=zzzqqqxxyy");
        Assert.Equal(0, nothing.Total);
        Assert.Empty(nothing.Array);
        var noWords = await api.GetAsync("/wp-json/wp/v2/posts?orderby=relevance");
        Assert.Equal("rest_no_search_term_defined", noWords.Code);
    }

    [Fact]
    public async Task Embed_brings_author_picture_and_terms_and_fields_trims()
    {
        var post = (await api.GetAsync($"/wp-json/wp/v2/posts/{api.PicturedArticleId}?_embed")).Object;
        var embedded = post["_embedded"]!.AsObject();
        Assert.Equal(WordPressApiSite.Expected("embedded_user"), WordPressApiSite.Keys(embedded["author"]![0]));
        Assert.Equal(post["author"]!.GetValue<int>(), embedded["author"]![0]!["id"]!.GetValue<int>());
        var picture = embedded["wp:featuredmedia"]![0]!;
        Assert.Equal(WordPressApiSite.Expected("embedded_media"), WordPressApiSite.Keys(picture));
        Assert.Equal(api.PictureId, picture["id"]!.GetValue<int>());
        var terms = embedded["wp:term"]!.AsArray();
        Assert.Equal(2, terms.Count);
        Assert.Equal(post["categories"]!.AsArray().Select(c => c!.GetValue<int>()), terms[0]!.AsArray().Select(t => t!["id"]!.GetValue<int>()));
        Assert.All(terms[0]!.AsArray(), t => Assert.Equal(WordPressApiSite.Expected("embedded_term"), WordPressApiSite.Keys(t)));
        Assert.All(terms[1]!.AsArray(), t => Assert.Equal("post_tag", t!["taxonomy"]!.GetValue<string>()));

        var some = (await api.GetAsync($"/wp-json/wp/v2/posts/{api.PicturedArticleId}?_embed=author,wp:term")).Object["_embedded"]!.AsObject();
        Assert.Equal(["author", "wp:term"], WordPressApiSite.Keys(some));
        var list = await api.GetAsync("/wp-json/wp/v2/posts?_embed&per_page=100");
        Assert.All(list.Array, p => Assert.NotNull(p!["_embedded"]!["wp:term"]));

        var trimmed = (await api.GetAsync("/wp-json/wp/v2/posts?_fields=id,title.rendered,_links.self&per_page=3")).Array;
        Assert.All(trimmed, p =>
        {
            Assert.Equal(["id", "title", "_links"], WordPressApiSite.Keys(p));
            Assert.Equal(["rendered"], WordPressApiSite.Keys(p!["title"]));
            Assert.Equal(["self"], WordPressApiSite.Keys(p!["_links"]));
        });
        var withEmbed = (await api.GetAsync($"/wp-json/wp/v2/posts/{api.PicturedArticleId}?_embed&_fields=id,_embedded.author")).Object;
        Assert.Equal(["id", "_embedded"], WordPressApiSite.Keys(withEmbed));
        Assert.Equal(["author"], WordPressApiSite.Keys(withEmbed["_embedded"]));

        var envelope = (await api.GetAsync("/wp-json/wp/v2/posts/999999?_envelope")).Object;
        Assert.Equal(404, envelope["status"]!.GetValue<int>());
        Assert.Equal("rest_post_invalid_id", envelope["body"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rest_route_form_answers_exactly_as_the_pretty_form()
    {
        var pretty = await api.GetAsync("/wp-json/wp/v2/posts?per_page=5&page=2");
        var plain = await api.GetAsync("/?rest_route=/wp/v2/posts&per_page=5&page=2");
        Assert.Equal(pretty.Body, plain.Body);
        Assert.Equal(pretty.Header("Link"), plain.Header("Link"));
        Assert.Equal(pretty.Total, plain.Total);
        Assert.Equal((await api.GetAsync("/wp-json/")).Body, (await api.GetAsync("/?rest_route=/")).Body);
        Assert.Equal("rest_no_route", (await api.GetAsync("/?rest_route=/wp/v2/nothing")).Code);
    }

    [Fact]
    public async Task A_page_of_posts_costs_the_same_few_queries_whatever_its_size()
    {
        var one = await api.CountQueriesAsync("/wp-json/wp/v2/posts?per_page=1&_embed");
        var hundred = await api.CountQueriesAsync("/wp-json/wp/v2/posts?per_page=100&_embed");
        Assert.True(one == hundred, $"{one} queries for one post, {hundred} for a hundred");
        // Settings, count, the page, its sections, its tags; with _embed its authors, pictures, categories and tags.
        Assert.True(hundred <= 9, $"{hundred} queries");
        var plain = await api.CountQueriesAsync("/wp-json/wp/v2/posts?per_page=100");
        Assert.True(plain <= 5, $"{plain} queries");
    }

    [Fact]
    public async Task Nothing_unpublished_is_reachable_by_id()
    {
        var hidden = await api.Site.WithDbAsync(db => db.Articles.Where(a => a.Status != ArticleStatus.Published).Select(a => a.Id).ToListAsync());
        foreach (var id in hidden)
        {
            var answer = await api.GetAsync($"/wp-json/wp/v2/posts/{id}");
            Assert.Equal(HttpStatusCode.NotFound, answer.Status);
            Assert.Equal("rest_post_invalid_id", answer.Code);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/wp-json/wp/v2/posts?status=draft")).Status);
        Assert.Equal("rest_forbidden_status", (await api.GetAsync("/wp-json/wp/v2/posts?status=future,publish")).Code);
        Assert.Equal("rest_invalid_param", (await api.GetAsync("/wp-json/wp/v2/posts?status=bogus")).Code);
        Assert.Equal("rest_forbidden_context", (await api.GetAsync("/wp-json/wp/v2/posts?context=edit")).Code);
    }
}
