using System.Text.Json.Nodes;
using Dateline.Articles;
using Dateline.Sections;
using Microsoft.EntityFrameworkCore;

namespace Dateline.WordPress.Api;

/// <summary>/wp/v2/categories (Dateline's sections) and /wp/v2/tags (tags that have a published article).</summary>
public static class WordPressTerms
{
    public static ApiResource Categories { get; } = new("categories", r => ListAsync(r, Taxonomy.Category), (r, id) => GetAsync(r, Taxonomy.Category, id), WordPressIndex.TermArgs(hierarchical: true));

    public static ApiResource Tags { get; } = new("tags", r => ListAsync(r, Taxonomy.Tag), (r, id) => GetAsync(r, Taxonomy.Tag, id), WordPressIndex.TermArgs(hierarchical: false));

    public enum Taxonomy { Category, Tag }

    /// <summary>A term and its count of published articles (filed directly under it, as WordPress counts).</summary>
    internal sealed record Row
    {
        public int Id { get; init; }
        public string Name { get; init; } = null!;
        public string Slug { get; init; } = null!;
        public string? Description { get; init; }
        public int Parent { get; init; }
        public string Path { get; init; } = null!;
        public int Count { get; init; }
    }

    private static readonly string[] Orders = ["id", "include", "name", "slug", "include_slugs", "term_group", "description", "count"];

    internal static IQueryable<Row> Rows(ApiRequest request, Taxonomy taxonomy)
    {
        var now = request.Now;
        var published = request.PublishedArticles;
        return taxonomy == Taxonomy.Category
            ? request.Db.Sections.AsNoTracking().InEdition(request.EditionId).Select(s => new Row { Id = s.Id, Name = s.Name, Slug = s.Slug, Description = s.Description, Parent = s.ParentId ?? 0, Path = "/category/" + s.Path,
                Count = published.Count(a => a.Sections.Any(x => x.Id == s.Id)) })
            : request.Db.Tags.AsNoTracking().Select(t => new Row { Id = t.Id, Name = t.Name, Slug = t.Slug, Description = null, Parent = 0, Path = "/tag/" + t.Slug,
                Count = published.Count(a => a.Tags.Any(x => x.Id == t.Id)) })
                // A tag used only on drafts may name what is not yet public; WordPress lists it, Dateline does not.
                .Where(r => r.Count > 0);
    }

    private static async Task<ApiAnswer> ListAsync(ApiRequest request, Taxonomy taxonomy)
    {
        var query = request.Query;
        var rows = Rows(request, taxonomy);
        var orderBy = query.Choice("orderby", "name", Orders);
        var ascending = query.Choice("order", "asc", "asc", "desc") == "asc";
        query.RefuseEditContext();
        rows = rows.ByIdsAndDates(request, r => r.Id);

        if (query.Strings("slug") is { Count: > 0 } slugs)
        {
            rows = rows.Where(r => slugs.Contains(r.Slug));
        }

        if (query.SearchWords() is { } words)
        {
            rows = rows.Where(r => r.Name.ToLower().Contains(words) || r.Slug.Contains(words));
        }

        if (query.Boolean("hide_empty") == true)
        {
            rows = rows.Where(r => r.Count > 0);
        }

        if (taxonomy == Taxonomy.Category && query.Has("parent"))
        {
            var parent = query.Integer("parent", 0, 0, int.MaxValue);
            rows = rows.Where(r => r.Parent == parent);
        }

        if (query.Has("post"))
        {
            var post = query.Integer("post", 0, 0, int.MaxValue);
            var now = request.Now;
            var article = request.PublishedArticles.Where(a => a.Id == post);
            rows = taxonomy == Taxonomy.Category
                ? rows.Where(r => article.Any(a => a.Sections.Any(s => s.Id == r.Id)))
                : rows.Where(r => article.Any(a => a.Tags.Any(t => t.Id == r.Id)));
        }

        if (orderBy == "include" && !query.Has("include"))
        {
            throw new ApiError("rest_orderby_include_missing_include", "Ordering by include needs an include list.", StatusCodes.Status400BadRequest);
        }

        var (items, page) = await ApiPaging.ReadAsync(rows, r => Order(r, orderBy, ascending), query, null, request.Aborted);
        if (orderBy == "include")
        {
            items = ApiPaging.InListOrder(items, query.Ids("include"), r => r.Id);
        }
        else if (orderBy == "include_slugs")
        {
            items = ApiPaging.InListOrder(items, query.Strings("slug"), r => r.Slug);
        }

        return new ApiAnswer(new JsonArray([.. items.Select(r => (JsonNode)Shape(request, taxonomy, r))]), page);
    }

    private static async Task<ApiAnswer> GetAsync(ApiRequest request, Taxonomy taxonomy, int id)
    {
        request.Query.RefuseEditContext();
        request.Query.ThrowIfInvalid();
        var row = await Rows(request, taxonomy).FirstOrDefaultAsync(r => r.Id == id, request.Aborted)
            ?? throw new ApiError("rest_term_invalid", "No term has this id.", StatusCodes.Status404NotFound);
        return new ApiAnswer(Shape(request, taxonomy, row));
    }

    private static IQueryable<Row> Order(IQueryable<Row> rows, string orderBy, bool ascending) => orderBy switch
    {
        "id" or "include" or "term_group" => ascending ? rows.OrderBy(r => r.Id) : rows.OrderByDescending(r => r.Id),
        "slug" or "include_slugs" => ascending ? rows.OrderBy(r => r.Slug).ThenBy(r => r.Id) : rows.OrderByDescending(r => r.Slug).ThenByDescending(r => r.Id),
        "description" => ascending ? rows.OrderBy(r => r.Description).ThenBy(r => r.Id) : rows.OrderByDescending(r => r.Description).ThenByDescending(r => r.Id),
        "count" => ascending ? rows.OrderBy(r => r.Count).ThenBy(r => r.Id) : rows.OrderByDescending(r => r.Count).ThenByDescending(r => r.Id),
        _ => ascending ? rows.OrderBy(r => r.Name).ThenBy(r => r.Id) : rows.OrderByDescending(r => r.Name).ThenByDescending(r => r.Id),
    };

    internal static JsonObject Shape(ApiRequest request, Taxonomy taxonomy, Row row)
    {
        var (rest, name) = taxonomy == Taxonomy.Category ? ("categories", "category") : ("tags", "post_tag");
        var links = new JsonObject
        {
            ["self"] = Hal.Link(request.Api($"/wp/v2/{rest}/{row.Id}")),
            ["collection"] = Hal.Link(request.Api($"/wp/v2/{rest}")),
            ["about"] = Hal.Link(request.Api($"/wp/v2/taxonomies/{name}")),
        };
        if (row.Parent != 0)
        {
            links["up"] = Hal.Link(request.Api($"/wp/v2/{rest}/{row.Parent}"), embeddable: true);
        }

        links["wp:post_type"] = Hal.Link(request.Api($"/wp/v2/posts?{rest}={row.Id}"));
        links["curies"] = Hal.Curies();
        var term = new JsonObject
        {
            ["id"] = row.Id,
            ["count"] = row.Count,
            ["description"] = row.Description ?? "",
            ["link"] = request.Origin + row.Path,
            ["name"] = row.Name,
            ["slug"] = row.Slug,
            ["taxonomy"] = name,
        };
        if (taxonomy == Taxonomy.Category)
        {
            term["parent"] = row.Parent;
        }

        term["meta"] = Hal.Empty();
        term["_links"] = links;
        return term;
    }

    /// <summary>What WordPress's "embed" context keeps of a term.</summary>
    internal static JsonObject Embed(ApiRequest request, Taxonomy taxonomy, Row row)
    {
        var full = Shape(request, taxonomy, row);
        return new JsonObject
        {
            ["id"] = row.Id,
            ["link"] = full["link"]!.DeepClone(),
            ["name"] = row.Name,
            ["slug"] = row.Slug,
            ["taxonomy"] = full["taxonomy"]!.DeepClone(),
            ["_links"] = full["_links"]!.DeepClone(),
        };
    }
}
