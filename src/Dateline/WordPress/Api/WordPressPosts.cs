using System.Text.Json.Nodes;
using Dateline.Articles;
using Dateline.Search;
using Microsoft.EntityFrameworkCore;

namespace Dateline.WordPress.Api;

/// <summary>/wp/v2/posts: published articles whose time has come, as WordPress posts.</summary>
public static class WordPressPosts
{
    public static ApiResource Resource { get; } = new("posts", ListAsync, GetAsync, WordPressIndex.PostArgs());

    private static readonly string[] Orders = ["author", "date", "id", "include", "modified", "parent", "relevance", "slug", "include_slugs", "title"];
    private static readonly string[] Statuses = ["publish", "future", "draft", "pending", "private", "trash", "auto-draft", "inherit", "request-pending", "request-confirmed", "request-failed", "request-completed", "any"];

    /// <summary>What one post is made of; the page's rows are read in one query, their sections and tags in one each.</summary>
    internal sealed record Row(
        int Id, string Slug, string Headline, string? Standfirst, string BodyHtml, string BodyText, DateTime PublishedAt, DateTime? UpdatedAt,
        int PrimarySectionId, int? FeaturedImageId, CommentStatus CommentStatus, int? AuthorId, List<int> SectionIds, List<int> TagIds);

    private static async Task<ApiAnswer> ListAsync(ApiRequest request)
    {
        var query = request.Query;
        var page = query.Page();
        var perPage = query.PerPage();
        var offset = query.Has("offset") ? query.Integer("offset", 0, 0, int.MaxValue) : (int?)null;
        var order = query.Choice("order", "desc", "asc", "desc");
        var orderBy = query.Choice("orderby", "date", Orders);
        var status = query.Strings("status");
        if (status.Any(s => !Statuses.Contains(s)))
        {
            query.Invalid("status", "status is not one of " + string.Join(", ", Statuses) + ".");
        }

        var sticky = query.Boolean("sticky");
        var articles = PostFilters.Apply(request, request.PublishedArticles);
        // As in WordPress, a malformed parameter (400) is reported before a forbidden one (401).
        query.ThrowIfInvalid();
        RefusePrivateViews(query, status);

        var search = query.Text("search");
        var parsed = string.IsNullOrWhiteSpace(search) ? null : SearchQuery.Parse(search);
        if (orderBy == "relevance" && parsed is null)
        {
            throw new ApiError("rest_no_search_term_defined", "Ordering by relevance needs a search term.", StatusCodes.Status400BadRequest);
        }

        if (orderBy == "include" && !query.Has("include"))
        {
            throw new ApiError("rest_orderby_include_missing_include", "Ordering by include needs an include list.", StatusCodes.Status400BadRequest);
        }

        if (sticky == true)
        {
            articles = articles.Where(a => false); // Dateline has no sticky articles.
        }

        var engine = request.Http.RequestServices.GetRequiredService<ISearchEngine>();
        if (parsed is not null)
        {
            var matches = engine.Match(parsed);
            articles = articles.Where(a => matches.Select(m => m.ArticleId).Contains(a.Id));
        }

        var total = await articles.CountAsync(request.Aborted);
        var pages = (total + perPage - 1) / perPage;
        if (page > pages && total > 0 && offset is null)
        {
            throw new ApiError("rest_post_invalid_page_number", "The page number is past the last page.", StatusCodes.Status400BadRequest);
        }

        var skip = offset ?? (int)Math.Min(int.MaxValue, (long)(page - 1) * perPage);
        List<Row> rows;
        if (parsed is not null && orderBy == "relevance")
        {
            // The engine's matches have no key, so the page's ids are picked by score first and read whole after.
            var joined = articles.Join(engine.Match(parsed), a => a.Id, m => m.ArticleId, (a, m) => new { a.Id, a.PublishedAt, m.Score });
            var ids = await (order == "asc" ? joined.OrderBy(x => x.Score) : joined.OrderByDescending(x => x.Score))
                .ThenByDescending(x => x.PublishedAt).ThenByDescending(x => x.Id).Select(x => x.Id).Skip(skip).Take(perPage).ToListAsync(request.Aborted);
            rows = ApiPaging.InListOrder(await Rows(articles.Where(a => ids.Contains(a.Id))).AsSplitQuery().ToListAsync(request.Aborted), ids, r => r.Id);
        }
        else if (orderBy is "include" or "include_slugs")
        {
            // At most 100 ids or slugs: ordered by the list in memory.
            var all = await Rows(articles).AsSplitQuery().ToListAsync(request.Aborted);
            rows = (orderBy == "include" ? ApiPaging.InListOrder(all, query.Ids("include"), r => r.Id) : ApiPaging.InListOrder(all, query.Strings("slug"), r => r.Slug))
                .Skip(skip).Take(perPage).ToList();
        }
        else
        {
            rows = await Rows(PostFilters.Order(articles, orderBy, order == "asc").Skip(skip).Take(perPage)).AsSplitQuery().ToListAsync(request.Aborted);
        }

        var items = await ShapeAsync(request, rows);
        return new ApiAnswer(new JsonArray([.. items]), new ApiPage(total, perPage, page));
    }

    private static async Task<ApiAnswer> GetAsync(ApiRequest request, int id)
    {
        RefusePrivateViews(request.Query, []);
        // A draft, scheduled or unpublished article answers as if it did not exist, as the reader pages do.
        var rows = await Rows(request.PublishedArticles.Where(a => a.Id == id)).AsSplitQuery().ToListAsync(request.Aborted);
        if (rows.Count == 0)
        {
            throw new ApiError("rest_post_invalid_id", "No post has this id.", StatusCodes.Status404NotFound);
        }

        return new ApiAnswer((await ShapeAsync(request, rows))[0]);
    }

    private static void RefusePrivateViews(ApiQuery query, IReadOnlyList<string> status)
    {
        if (status.Any(s => s != "publish"))
        {
            throw ApiError.Forbidden("rest_forbidden_status", "Only published posts can be listed without signing in.");
        }

        query.RefuseEditContext();
    }

    private static IQueryable<Row> Rows(IQueryable<Article> articles) => articles.Select(a => new Row(
        a.Id, a.Slug, a.Headline, a.Standfirst, a.BodyHtml, a.BodyText, a.PublishedAt!.Value, a.UpdatedAt,
        a.PrimarySectionId, a.FeaturedImageId, a.CommentStatus,
        a.Bylines.OrderBy(b => b.Position).Select(b => (int?)b.AuthorId).FirstOrDefault(),
        a.Sections.Select(s => s.Id).ToList(),
        a.Tags.Select(t => t.Id).ToList()));

    private static async Task<List<JsonObject>> ShapeAsync(ApiRequest request, List<Row> rows)
    {
        var embedded = await PostEmbeds.LoadAsync(request, rows);
        return rows.Select(row => Shape(request, row, embedded)).ToList();
    }

    private static JsonObject Shape(ApiRequest request, Row row, PostEmbeds? embedded)
    {
        var link = request.Origin + Article.PathFor(row.PublishedAt, row.Slug);
        var modified = row.UpdatedAt is { } updated && updated > row.PublishedAt ? updated : row.PublishedAt;
        var categories = row.SectionIds.OrderBy(id => id == row.PrimarySectionId ? 0 : 1).ThenBy(id => id).ToList();
        var open = row.CommentStatus == CommentStatus.Open
            && (request.Site.CommentsCloseAfterDays is not { } days || row.PublishedAt.AddDays(days) > request.Now);
        var excerpt = string.IsNullOrWhiteSpace(row.Standfirst) ? Excerpt.FromText(row.BodyText, 55) : row.Standfirst;
        var links = new JsonObject
        {
            ["self"] = Hal.Link(request.Api($"/wp/v2/posts/{row.Id}")),
            ["collection"] = Hal.Link(request.Api("/wp/v2/posts")),
            ["about"] = Hal.Link(request.Api("/wp/v2/types/post")),
        };
        if (row.AuthorId is { } author)
        {
            links["author"] = Hal.Link(request.Api($"/wp/v2/users/{author}"), embeddable: true);
        }

        links["replies"] = Hal.Link(request.Api($"/wp/v2/comments?post={row.Id}"), embeddable: true);
        if (row.FeaturedImageId is { } media)
        {
            links["wp:featuredmedia"] = Hal.Link(request.Api($"/wp/v2/media/{media}"), embeddable: true);
        }

        links["wp:attachment"] = Hal.Link(request.Api($"/wp/v2/media?parent={row.Id}"));
        links["wp:term"] = new JsonArray(
            new JsonObject { ["taxonomy"] = "category", ["embeddable"] = true, ["href"] = request.Api($"/wp/v2/categories?post={row.Id}") },
            new JsonObject { ["taxonomy"] = "post_tag", ["embeddable"] = true, ["href"] = request.Api($"/wp/v2/tags?post={row.Id}") });
        links["curies"] = Hal.Curies();

        var post = new JsonObject
        {
            ["id"] = row.Id,
            ["date"] = request.Date(row.PublishedAt),
            ["date_gmt"] = request.Date(row.PublishedAt, gmt: true),
            // Not "/?p=ID": on an imported site that address belongs to the old WordPress ids (see WordPressRedirects).
            ["guid"] = Hal.Rendered(link),
            ["modified"] = request.Date(modified),
            ["modified_gmt"] = request.Date(modified, gmt: true),
            ["slug"] = row.Slug,
            ["status"] = "publish",
            ["type"] = "post",
            ["link"] = link,
            ["title"] = Hal.Rendered(Hal.Html(row.Headline)),
            ["content"] = Hal.Protected(row.BodyHtml),
            ["excerpt"] = Hal.Protected(excerpt.Length == 0 ? "" : "<p>" + Hal.Html(excerpt) + "</p>\n"),
            ["author"] = row.AuthorId ?? 0,
            ["featured_media"] = row.FeaturedImageId ?? 0,
            ["comment_status"] = open ? "open" : "closed",
            ["ping_status"] = "closed",
            ["sticky"] = false,
            ["template"] = "",
            ["format"] = "standard",
            ["meta"] = Hal.Empty(),
            ["categories"] = new JsonArray([.. categories.Select(id => (JsonNode)id)]),
            ["tags"] = new JsonArray([.. row.TagIds.Order().Select(id => (JsonNode)id)]),
            ["_links"] = links,
        };
        if (embedded?.For(row) is { } embeds)
        {
            post["_embedded"] = embeds;
        }

        return post;
    }
}
