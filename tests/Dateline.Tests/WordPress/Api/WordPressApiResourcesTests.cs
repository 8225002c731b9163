using System.Text.Json.Nodes;
using Dateline.Articles;
using Dateline.Comments;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.WordPress.Api;

/// <summary>The index, pages, terms, users, comments, media and search, and WordPress's errors, over the imported content.</summary>
public sealed class WordPressApiResourcesTests(WordPressApiSite api) : IClassFixture<WordPressApiSite>
{
    [Fact]
    public async Task Index_lists_the_namespace_and_its_routes_and_pages_point_to_it()
    {
        var index = (await api.GetAsync("/wp-json/")).Object;
        Assert.Equal(WordPressApiSite.Expected("index"), WordPressApiSite.Keys(index));
        Assert.Equal(["wp/v2"], index["namespaces"]!.AsArray().Select(n => n!.GetValue<string>()));
        var routes = index["routes"]!.AsObject();
        foreach (var name in new[] { "posts", "pages", "media", "categories", "tags", "users", "comments" })
        {
            Assert.Equal(["GET"], routes[$"/wp/v2/{name}"]!["methods"]!.AsArray().Select(m => m!.GetValue<string>()));
            Assert.NotNull(routes[$"/wp/v2/{name}/(?P<id>[\\d]+)"]);
        }

        Assert.NotNull(routes["/wp/v2/posts"]!["endpoints"]![0]!["args"]!["categories"]);
        Assert.NotNull(routes["/wp/v2/search"]);
        Assert.Equal("wp/v2", (await api.GetAsync("/wp-json/wp/v2")).Object["namespace"]!.GetValue<string>());

        var home = await api.Client.GetAsync("/");
        var origin = api.Site.BaseAddress.GetLeftPart(UriPartial.Authority);
        Assert.Contains($"<{origin}/wp-json/>; rel=\"https://api.w.org/\"", home.Headers.GetValues("Link"));
        var page = await api.Client.GetPageAsync("/about");
        Assert.Equal(origin + "/wp-json/", page.QuerySelector("head link[rel='https://api.w.org/']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Every_about_link_leads_to_a_type_or_taxonomy()
    {
        var post = (await api.GetAsync("/wp-json/wp/v2/posts?per_page=1")).Array[0]!;
        var category = (await api.GetAsync("/wp-json/wp/v2/categories?per_page=1")).Array[0]!;
        foreach (var about in new[] { post["_links"]!["about"]![0]!["href"]!, category["_links"]!["about"]![0]!["href"]! })
        {
            var answer = await api.GetAsync(new Uri(about.GetValue<string>()).PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, answer.Status);
        }

        Assert.Equal("posts", (await api.GetAsync("/wp-json/wp/v2/types/post")).Object["rest_base"]!.GetValue<string>());
        Assert.Equal(["post", "page", "attachment"], WordPressApiSite.Keys((await api.GetAsync("/wp-json/wp/v2/types")).Json));
        Assert.Equal(["category", "post_tag"], WordPressApiSite.Keys((await api.GetAsync("/wp-json/wp/v2/taxonomies")).Json));
        Assert.Equal("rest_type_invalid", (await api.GetAsync("/wp-json/wp/v2/types/nope")).Code);
        Assert.Equal("rest_taxonomy_invalid", (await api.GetAsync("/wp-json/wp/v2/taxonomies/nope")).Code);
    }

    [Fact]
    public async Task Pages_are_the_published_static_pages()
    {
        var published = await api.Site.WithDbAsync(db => db.StaticPages.CountAsync(p => p.IsPublished));
        var pages = await api.GetAsync("/wp-json/wp/v2/pages?per_page=100");
        Assert.Equal(published, pages.Total);
        Assert.All(pages.Array, p => Assert.Equal(WordPressApiSite.Expected("page"), WordPressApiSite.Keys(p)));
        var one = pages.Array[0]!;
        var single = (await api.GetAsync($"/wp-json/wp/v2/pages/{one["id"]}")).Object;
        Assert.True(JsonNode.DeepEquals(one, single));
        Assert.Equal("page", single["type"]!.GetValue<string>());
        Assert.Equal("rest_post_invalid_id", (await api.GetAsync("/wp-json/wp/v2/pages/999999")).Code);
    }

    [Fact]
    public async Task Categories_are_the_sections_with_counts_of_published_posts()
    {
        var now = DateTime.UtcNow;
        var expected = await api.Site.WithDbAsync(async db => (await db.Sections.AsNoTracking()
            .Select(s => new { s.Id, s.Name, s.Slug, Parent = s.ParentId ?? 0, Count = db.Articles.Count(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now && a.Sections.Any(x => x.Id == s.Id)) })
            .ToListAsync()).ToDictionary(s => s.Id));
        Assert.Equal(68, expected.Count);
        var seen = new List<JsonNode>();
        for (var page = 1; ; page++)
        {
            var answer = await api.GetAsync($"/wp-json/wp/v2/categories?per_page=50&page={page}");
            Assert.Equal(68, answer.Total);
            seen.AddRange(answer.Array.Select(c => c!));
            if (page >= answer.TotalPages)
            {
                break;
            }
        }

        Assert.Equal(68, seen.Count);
        foreach (var category in seen)
        {
            Assert.Equal(WordPressApiSite.Expected("category"), WordPressApiSite.Keys(category));
            var row = expected[category["id"]!.GetValue<int>()];
            Assert.Equal(row.Name, category["name"]!.GetValue<string>());
            Assert.Equal(row.Slug, category["slug"]!.GetValue<string>());
            Assert.Equal(row.Parent, category["parent"]!.GetValue<int>());
            Assert.Equal(row.Count, category["count"]!.GetValue<int>());
            Assert.Equal("category", category["taxonomy"]!.GetValue<string>());
        }

        var names = seen.Select(c => c["name"]!.GetValue<string>()).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        var busiest = expected.Values.OrderByDescending(s => s.Count).First();
        Assert.Equal(busiest.Id, (await api.GetAsync("/wp-json/wp/v2/categories?orderby=count&order=desc&per_page=1")).Array[0]!["id"]!.GetValue<int>());
        var child = expected.Values.First(s => s.Parent != 0);
        Assert.Contains((await api.GetAsync($"/wp-json/wp/v2/categories?parent={child.Parent}&per_page=100")).Array, c => c!["id"]!.GetValue<int>() == child.Id);
        Assert.Equal("rest_term_invalid", (await api.GetAsync("/wp-json/wp/v2/categories/999999")).Code);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/wp-json/wp/v2/categories/999999")).Status);
        // A past-the-end page of terms is an empty list, as WordPress answers it.
        Assert.Empty((await api.GetAsync("/wp-json/wp/v2/categories?page=50")).Array);
    }

    [Fact]
    public async Task Tags_are_those_on_published_posts()
    {
        var now = DateTime.UtcNow;
        var used = await api.Site.WithDbAsync(db => db.Tags.CountAsync(t => db.Articles.Any(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now && a.Tags.Any(x => x.Id == t.Id))));
        var tags = await api.GetAsync("/wp-json/wp/v2/tags?per_page=100");
        Assert.Equal(used, tags.Total);
        Assert.All(tags.Array, t =>
        {
            Assert.Equal(WordPressApiSite.Expected("tag"), WordPressApiSite.Keys(t));
            Assert.Equal("post_tag", t!["taxonomy"]!.GetValue<string>());
            Assert.True(t["count"]!.GetValue<int>() > 0);
        });
        var post = (await api.GetAsync($"/wp-json/wp/v2/posts?tags={tags.Array[0]!["id"]}&per_page=1")).Array[0]!;
        var ofPost = await api.GetAsync($"/wp-json/wp/v2/tags?post={post["id"]}&per_page=100");
        Assert.Equal(post["tags"]!.AsArray().Select(t => t!.GetValue<int>()).Order(), ofPost.Array.Select(t => t!["id"]!.GetValue<int>()).Order());
    }

    [Fact]
    public async Task Users_show_public_author_fields_only()
    {
        var users = await api.GetAsync("/wp-json/wp/v2/users");
        Assert.Equal(2, users.Total);
        Assert.All(users.Array, u => Assert.Equal(WordPressApiSite.Expected("user"), WordPressApiSite.Keys(u)));
        var id = users.Array[0]!["id"]!.GetValue<int>();
        Assert.True(JsonNode.DeepEquals(users.Array[0], (await api.GetAsync($"/wp-json/wp/v2/users/{id}")).Json));
        Assert.Equal("rest_user_invalid_id", (await api.GetAsync("/wp-json/wp/v2/users/999999")).Code);
        Assert.Equal("rest_not_logged_in", (await api.GetAsync("/wp-json/wp/v2/users/me")).Code);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/wp-json/wp/v2/users?roles=administrator")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/wp-json/wp/v2/users?orderby=email")).Status);
    }

    [Fact]
    public async Task Comments_are_approved_ones_on_published_posts_without_addresses()
    {
        var now = DateTime.UtcNow;
        var approved = await api.Site.WithDbAsync(db => db.Comments.Where(c => c.Status == ModerationStatus.Approved)
            .Join(db.Articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now), c => c.ArticleId, a => a.Id, (c, a) => c)
            .ToListAsync());
        Assert.NotEmpty(approved);
        var comments = await api.GetAsync("/wp-json/wp/v2/comments?per_page=100");
        Assert.Equal(approved.Count, comments.Total);
        foreach (var comment in comments.Array)
        {
            Assert.Equal(WordPressApiSite.Expected("comment"), WordPressApiSite.Keys(comment));
            var row = approved.Single(c => c.Id == comment!["id"]!.GetValue<int>());
            Assert.Equal(row.ArticleId, comment!["post"]!.GetValue<int>());
            Assert.Equal(row.ParentId ?? 0, comment["parent"]!.GetValue<int>());
            Assert.Equal(row.AuthorName, comment["author_name"]!.GetValue<string>());
            Assert.Equal("approved", comment["status"]!.GetValue<string>());
            Assert.EndsWith("#comment-" + row.Id, comment["link"]!.GetValue<string>());
        }

        var post = approved.GroupBy(c => c.ArticleId).OrderByDescending(g => g.Count()).First();
        var onPost = await api.GetAsync($"/wp-json/wp/v2/comments?post={post.Key}&per_page=100");
        Assert.Equal(post.Count(), onPost.Total);
        var held = await api.Site.WithDbAsync(db => db.Comments.Where(c => c.Status != ModerationStatus.Approved).Select(c => c.Id).ToListAsync());
        foreach (var id in held)
        {
            Assert.Equal("rest_comment_invalid_id", (await api.GetAsync($"/wp-json/wp/v2/comments/{id}")).Code);
        }

        Assert.Equal("rest_forbidden_param", (await api.GetAsync("/wp-json/wp/v2/comments?status=hold")).Code);
        Assert.Equal("rest_forbidden_param", (await api.GetAsync("/wp-json/wp/v2/comments?author_email=anon@example.com")).Code);
    }

    [Fact]
    public async Task Media_are_the_pictures_readers_can_see()
    {
        var media = await api.GetAsync("/wp-json/wp/v2/media");
        var item = Assert.Single(media.Array)!;
        Assert.Equal(WordPressApiSite.Expected("media"), WordPressApiSite.Keys(item));
        Assert.Equal(api.PictureId, item["id"]!.GetValue<int>());
        Assert.Equal("attachment", item["type"]!.GetValue<string>());
        Assert.Equal("image", item["media_type"]!.GetValue<string>());
        Assert.Equal("image/jpeg", item["mime_type"]!.GetValue<string>());
        Assert.Equal("A test picture", item["alt_text"]!.GetValue<string>());
        var details = item["media_details"]!;
        Assert.Equal(1200, details["width"]!.GetValue<int>());
        Assert.Equal(["thumbnail", "medium", "medium_large", "full"], WordPressApiSite.Keys(details["sizes"]));
        Assert.EndsWith("/media/2026/11/api-picture-640.jpg", details["sizes"]!["medium"]!["source_url"]!.GetValue<string>());
        Assert.EndsWith("/media/2026/11/api-picture.jpg", item["source_url"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(item, (await api.GetAsync($"/wp-json/wp/v2/media/{api.PictureId}")).Json), "the item alone is the item in the list");
        var embargoed = await api.Site.WithDbAsync(db => db.Media.Where(m => m.FilePath == "2026/11/embargoed.jpg").Select(m => m.Id).SingleAsync());
        Assert.Equal("rest_post_invalid_id", (await api.GetAsync($"/wp-json/wp/v2/media/{embargoed}")).Code);
    }

    [Fact]
    public async Task Search_finds_posts_then_pages()
    {
        var found = await api.GetAsync("/wp-json/wp/v2/search?search=markup&per_page=100");
        Assert.True(found.Total > 0);
        Assert.All(found.Array, r => Assert.Equal(WordPressApiSite.Expected("search_result"), WordPressApiSite.Keys(r)));
        Assert.All(found.Array, r => Assert.Equal("post", r!["type"]!.GetValue<string>()));
        var pages = await api.GetAsync("/wp-json/wp/v2/search?search=about&subtype=page");
        Assert.All(pages.Array, r => Assert.Equal("page", r!["subtype"]!.GetValue<string>()));
        Assert.True(pages.Total > 0);
        var all = await api.GetAsync("/wp-json/wp/v2/search?per_page=100");
        var published = await api.Site.WithDbAsync(db => db.Articles.Published(DateTime.UtcNow).CountAsync());
        var staticPages = await api.Site.WithDbAsync(db => db.StaticPages.CountAsync(p => p.IsPublished));
        Assert.Equal(published + staticPages, all.Total);
        Assert.Equal("rest_search_invalid_page_number", (await api.GetAsync("/wp-json/wp/v2/search?search=markup&page=999")).Code);
        var terms = await api.GetAsync("/wp-json/wp/v2/search?type=term&search=cat");
        Assert.All(terms.Array, r => Assert.Equal("term", r!["type"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("GET", "/wp-json/wp/v2/nothing", 404, "rest_no_route")]
    [InlineData("GET", "/wp-json/wp/v2/posts/abc", 404, "rest_no_route")]
    [InlineData("GET", "/wp-json/wp/v2/posts/999999", 404, "rest_post_invalid_id")]
    [InlineData("GET", "/wp-json/wp/v2/tags/999999", 404, "rest_term_invalid")]
    [InlineData("GET", "/wp-json/wp/v2/comments/999999", 404, "rest_comment_invalid_id")]
    [InlineData("POST", "/wp-json/wp/v2/posts", 401, "rest_cannot_create")]
    [InlineData("PUT", "/wp-json/wp/v2/posts/1", 401, "rest_cannot_edit")]
    [InlineData("PATCH", "/wp-json/wp/v2/pages/1", 401, "rest_cannot_edit")]
    [InlineData("POST", "/wp-json/wp/v2/categories/1", 401, "rest_cannot_edit")]
    [InlineData("DELETE", "/wp-json/wp/v2/posts/1", 401, "rest_cannot_delete")]
    [InlineData("DELETE", "/wp-json/wp/v2/media/1", 401, "rest_cannot_delete")]
    [InlineData("POST", "/wp-json/wp/v2/users", 401, "rest_cannot_create_user")]
    [InlineData("POST", "/wp-json/wp/v2/comments", 401, "rest_comment_login_required")]
    [InlineData("DELETE", "/wp-json/wp/v2/posts", 404, "rest_no_route")]
    [InlineData("POST", "/wp-json/wp/v2/search", 404, "rest_no_route")]
    [InlineData("GET", "/wp-json/wp/v2/posts?per_page=101", 400, "rest_invalid_param")]
    [InlineData("GET", "/wp-json/wp/v2/posts?per_page=0", 400, "rest_invalid_param")]
    [InlineData("GET", "/wp-json/wp/v2/posts?page=abc", 400, "rest_invalid_param")]
    [InlineData("GET", "/wp-json/wp/v2/posts?after=yesterday", 400, "rest_invalid_param")]
    [InlineData("GET", "/wp-json/wp/v2/posts?before=2026-13-45T99:00:00", 400, "rest_invalid_param")]
    [InlineData("GET", "/wp-json/wp/v2/posts?orderby=popularity", 400, "rest_invalid_param")]
    [InlineData("GET", "/wp-json/wp/v2/posts?order=sideways", 400, "rest_invalid_param")]
    [InlineData("GET", "/wp-json/wp/v2/posts?categories=one", 400, "rest_invalid_param")]
    [InlineData("GET", "/wp-json/wp/v2/categories?per_page=1000", 400, "rest_invalid_param")]
    [InlineData("GET", "/wp-json/wp/v2/comments?page=0", 400, "rest_invalid_param")]
    [InlineData("GET", "/wp-json/wp/v2/posts?orderby=include", 400, "rest_orderby_include_missing_include")]
    [InlineData("GET", "/wp-json/wp/v2/posts/1?context=bogus", 400, "rest_invalid_param")]
    [InlineData("GET", "/wp-json/wp/v2/posts?context=bogus", 400, "rest_invalid_param")]
    [InlineData("GET", "/wp-json/wp/v2/tags?context=edit", 401, "rest_forbidden_context")]
    [InlineData("GET", "/wp-json/wp/v2/users?context=edit", 401, "rest_forbidden_context")]
    [InlineData("GET", "/wp-json/wp/v2/media?context=edit", 401, "rest_forbidden_context")]
    public async Task Errors_have_WordPress_codes_and_shape(string method, string path, int status, string code)
    {
        var answer = await api.GetAsync(path, new HttpMethod(method));
        Assert.Equal(status, (int)answer.Status);
        Assert.Equal(WordPressApiSite.Expected("error"), WordPressApiSite.Keys(answer.Json));
        Assert.Equal(code, answer.Code);
        Assert.Equal(status, answer.Json!["data"]!["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(answer.Json["message"]!.GetValue<string>()));
        Assert.Equal("application/json; charset=UTF-8", answer.Response.Content.Headers.ContentType!.ToString());
        if (code == "rest_invalid_param")
        {
            Assert.NotEmpty(answer.Json["data"]!["params"]!.AsObject());
        }
    }

    [Fact]
    public async Task Invalid_params_are_named_together()
    {
        var answer = await api.GetAsync("/wp-json/wp/v2/posts?per_page=500&orderby=nope");
        var names = WordPressApiSite.Keys(answer.Json!["data"]!["params"]);
        Assert.Contains("per_page", names);
        Assert.Contains("orderby", names);
    }

    [Fact]
    public async Task No_answer_ever_holds_an_email_address_or_private_field()
    {
        string[] paths =
        [
            "/wp-json/", "/wp-json/wp/v2/posts?per_page=100&_embed", "/wp-json/wp/v2/pages?per_page=100", "/wp-json/wp/v2/users?per_page=100",
            "/wp-json/wp/v2/comments?per_page=100", "/wp-json/wp/v2/comments?per_page=100&search=example.com", "/wp-json/wp/v2/media",
            "/wp-json/wp/v2/categories?per_page=100", "/wp-json/wp/v2/tags?per_page=100", "/wp-json/wp/v2/search?per_page=100",
        ];
        var never = WordPressApiSite.Expected("never");
        foreach (var path in paths)
        {
            var answer = await api.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            foreach (var email in WordPressApiSite.FixtureEmails)
            {
                Assert.DoesNotContain(email, answer.Body, StringComparison.OrdinalIgnoreCase);
            }

            Assert.DoesNotMatch(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}", answer.Body);
            foreach (var field in never)
            {
                Assert.DoesNotContain($"\"{field}\":", answer.Body);
            }
        }
    }

    [Theory]
    [InlineData("search")]
    [InlineData("slug")]
    [InlineData("categories")]
    [InlineData("include")]
    [InlineData("after")]
    [InlineData("_fields")]
    [InlineData("_embed")]
    public async Task Hostile_input_gets_a_json_answer_never_a_500(string parameter)
    {
        string[] values =
        [
            new string('a', 10_000), "' OR 1=1; DROP TABLE \"Articles\"; --", "nul\0byte", "😀🗞️ emoji", "مرحبا بالعالم", "\u202Eevil",
            string.Join(",", Enumerable.Range(1, 2000)), "%00", "-1", "99999999999999999999", "[]{}\\\"",
        ];
        foreach (var value in values)
        {
            foreach (var resource in new[] { "posts", "pages", "comments", "categories", "tags", "users", "media", "search" })
            {
                var answer = await api.GetAsync($"/wp-json/wp/v2/{resource}?{parameter}={Uri.EscapeDataString(value)}");
                Assert.True((int)answer.Status is 200 or 400 or 401, $"{resource}?{parameter}={value[..Math.Min(40, value.Length)]}: {(int)answer.Status} {answer.Body[..Math.Min(300, answer.Body.Length)]}");
                Assert.NotNull(answer.Json);
            }
        }
    }
}
