using System.Text.Json.Nodes;
using Dateline.Articles;
using Microsoft.EntityFrameworkCore;

namespace Dateline.WordPress.Api;

/// <summary>/wp/v2/pages: the published static pages (About, Contact…), each standing alone (parent 0).</summary>
public static class WordPressPages
{
    public static ApiResource Resource { get; } = new("pages", ListAsync, GetAsync, WordPressIndex.PageArgs());

    internal sealed record Row
    {
        public int Id { get; init; }
        public string Slug { get; init; } = null!;
        public string Title { get; init; } = null!;
        public string BodyHtml { get; init; } = null!;
        public DateTime UpdatedAt { get; init; }
        public int Position { get; init; }
    }

    private static readonly string[] Orders = ["author", "date", "id", "include", "modified", "parent", "relevance", "slug", "include_slugs", "title", "menu_order"];

    internal static IQueryable<Row> Rows(ApiRequest request) =>
        request.Db.StaticPages.AsNoTracking().Where(p => p.IsPublished)
            .Select(p => new Row { Id = p.Id, Slug = p.Slug, Title = p.Title, BodyHtml = p.BodyHtml, UpdatedAt = p.UpdatedAt, Position = p.Position });

    private static async Task<ApiAnswer> ListAsync(ApiRequest request)
    {
        var query = request.Query;
        var rows = Rows(request);
        var orderBy = query.Choice("orderby", "date", Orders);
        var ascending = query.Choice("order", "desc", "asc", "desc") == "asc";
        Forbid(query);
        rows = rows.ByIdsAndDates(request, r => r.Id, r => r.UpdatedAt);

        if (query.Strings("slug") is { Count: > 0 } slugs)
        {
            rows = rows.Where(r => slugs.Contains(r.Slug));
        }

        // Every page is top-level and has no author.
        if (query.Ids("parent") is { Count: > 0 } parents && !parents.Contains(0) || query.Ids("author") is { Count: > 0 } authors && !authors.Contains(0))
        {
            rows = rows.Where(r => false);
        }

        if (query.Has("menu_order"))
        {
            var position = query.Integer("menu_order", 0, int.MinValue, int.MaxValue);
            rows = rows.Where(r => r.Position == position);
        }

        if (query.SearchWords() is { } words)
        {
            rows = rows.Where(r => r.Title.ToLower().Contains(words) || r.BodyHtml.ToLower().Contains(words));
        }

        if (orderBy == "relevance" && !query.Has("search"))
        {
            throw new ApiError("rest_no_search_term_defined", "Ordering by relevance needs a search term.", StatusCodes.Status400BadRequest);
        }

        var (items, page) = await ApiPaging.ReadAsync(rows, r => orderBy switch
        {
            "id" or "include" or "parent" or "author" => ascending ? r.OrderBy(x => x.Id) : r.OrderByDescending(x => x.Id),
            "slug" or "include_slugs" => ascending ? r.OrderBy(x => x.Slug) : r.OrderByDescending(x => x.Slug),
            "title" or "relevance" => ascending ? r.OrderBy(x => x.Title).ThenBy(x => x.Id) : r.OrderByDescending(x => x.Title).ThenByDescending(x => x.Id),
            "menu_order" => ascending ? r.OrderBy(x => x.Position).ThenBy(x => x.Id) : r.OrderByDescending(x => x.Position).ThenByDescending(x => x.Id),
            _ => ascending ? r.OrderBy(x => x.UpdatedAt).ThenBy(x => x.Id) : r.OrderByDescending(x => x.UpdatedAt).ThenByDescending(x => x.Id),
        }, query, "rest_post_invalid_page_number", request.Aborted);
        if (orderBy == "include")
        {
            items = ApiPaging.InListOrder(items, query.Ids("include"), r => r.Id);
        }

        return new ApiAnswer(new JsonArray([.. items.Select(r => (JsonNode)Shape(request, r))]), page);
    }

    private static async Task<ApiAnswer> GetAsync(ApiRequest request, int id)
    {
        Forbid(request.Query);
        request.Query.ThrowIfInvalid();
        var row = await Rows(request).FirstOrDefaultAsync(r => r.Id == id, request.Aborted)
            ?? throw new ApiError("rest_post_invalid_id", "No page has this id.", StatusCodes.Status404NotFound);
        return new ApiAnswer(Shape(request, row));
    }

    private static void Forbid(ApiQuery query)
    {
        if (query.Strings("status").Any(s => s != "publish"))
        {
            throw ApiError.Forbidden("rest_forbidden_status", "Only published pages can be listed without signing in.");
        }

        query.RefuseEditContext();
    }

    internal static JsonObject Shape(ApiRequest request, Row row)
    {
        var text = ArticleBody.PlainText(row.BodyHtml);
        var excerpt = Excerpt.FromText(text, 55);
        return new JsonObject
        {
            ["id"] = row.Id,
            ["date"] = request.Date(row.UpdatedAt),
            ["date_gmt"] = request.Date(row.UpdatedAt, gmt: true),
            ["guid"] = Hal.Rendered(request.Origin + "/" + row.Slug),
            ["modified"] = request.Date(row.UpdatedAt),
            ["modified_gmt"] = request.Date(row.UpdatedAt, gmt: true),
            ["slug"] = row.Slug,
            ["status"] = "publish",
            ["type"] = "page",
            ["link"] = request.Origin + "/" + row.Slug,
            ["title"] = Hal.Rendered(Hal.Html(row.Title)),
            ["content"] = Hal.Protected(row.BodyHtml),
            ["excerpt"] = Hal.Protected(excerpt.Length == 0 ? "" : "<p>" + Hal.Html(excerpt) + "</p>\n"),
            ["author"] = 0,
            ["featured_media"] = 0,
            ["parent"] = 0,
            ["menu_order"] = row.Position,
            ["comment_status"] = "closed",
            ["ping_status"] = "closed",
            ["template"] = "",
            ["meta"] = Hal.Empty(),
            ["_links"] = new JsonObject
            {
                ["self"] = Hal.Link(request.Api($"/wp/v2/pages/{row.Id}")),
                ["collection"] = Hal.Link(request.Api("/wp/v2/pages")),
                ["about"] = Hal.Link(request.Api("/wp/v2/types/page")),
                ["curies"] = Hal.Curies(),
            },
        };
    }
}
