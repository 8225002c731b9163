using System.Text.Json.Nodes;
using Dateline.Articles;
using Dateline.Media;
using Microsoft.EntityFrameworkCore;

namespace Dateline.WordPress.Api;

/// <summary>
/// /wp/v2/users: the public profile of each author with published work, as WordPress shows any author to an
/// anonymous caller. Never an email address, a login, roles or capabilities: Author holds none of them.
/// </summary>
public static class WordPressUsers
{
    public static ApiResource Resource { get; } = new("users", ListAsync, GetAsync, WordPressIndex.UserArgs(), CreateCode: "rest_cannot_create_user", DeleteCode: "rest_user_cannot_delete");

    internal sealed record Row
    {
        public int Id { get; init; }
        public string Name { get; init; } = null!;
        public string Slug { get; init; } = null!;
        public string? Bio { get; init; }
        public string? Links { get; init; }
        public string? PhotoPath { get; init; }
        public string? PhotoRenditions { get; init; }
        public int PhotoWidth { get; init; }
    }

    private static readonly string[] Orders = ["id", "include", "name", "registered_date", "slug", "include_slugs", "email", "url"];

    internal static IQueryable<Row> Rows(ApiRequest request)
    {
        var now = request.Now;
        var edition = request.EditionId;
        return request.Db.Authors.AsNoTracking()
            .Where(au => request.Db.Bylines.Any(b => b.AuthorId == au.Id && b.Article.EditionId == edition && b.Article.Status == ArticleStatus.Published && b.Article.PublishedAt != null && b.Article.PublishedAt <= now))
            .Select(au => new Row
            {
                Id = au.Id, Name = au.Name, Slug = au.Slug, Bio = au.Bio, Links = au.Links,
                PhotoPath = au.Photo != null ? au.Photo.FilePath : null, PhotoRenditions = au.Photo != null ? au.Photo.RenditionWidths : null,
                PhotoWidth = au.Photo != null ? au.Photo.Width : 0,
            });
    }

    private static async Task<ApiAnswer> ListAsync(ApiRequest request)
    {
        var query = request.Query;
        var rows = Rows(request);
        var orderBy = query.Choice("orderby", "name", Orders);
        var ascending = query.Choice("order", "asc", "asc", "desc") == "asc";
        query.Choice("who", "authors", "authors");
        Forbid(query);
        if (orderBy is "email" or "registered_date")
        {
            query.ThrowIfInvalid();
            throw ApiError.Forbidden("rest_forbidden_orderby", "Ordering users by that needs a signed-in editor.");
        }

        rows = rows.ByIdsAndDates(request, r => r.Id);

        if (query.Strings("slug") is { Count: > 0 } slugs)
        {
            rows = rows.Where(r => slugs.Contains(r.Slug));
        }

        if (query.SearchWords() is { } words)
        {
            rows = rows.Where(r => r.Name.ToLower().Contains(words) || r.Slug.Contains(words));
        }

        var (items, page) = await ApiPaging.ReadAsync(rows, r => orderBy switch
        {
            "id" or "include" => ascending ? r.OrderBy(x => x.Id) : r.OrderByDescending(x => x.Id),
            "slug" or "include_slugs" => ascending ? r.OrderBy(x => x.Slug) : r.OrderByDescending(x => x.Slug),
            "url" => ascending ? r.OrderBy(x => x.Links).ThenBy(x => x.Id) : r.OrderByDescending(x => x.Links).ThenByDescending(x => x.Id),
            _ => ascending ? r.OrderBy(x => x.Name).ThenBy(x => x.Id) : r.OrderByDescending(x => x.Name).ThenByDescending(x => x.Id),
        }, query, null, request.Aborted);
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
            ?? throw new ApiError("rest_user_invalid_id", "No user has this id.", StatusCodes.Status404NotFound);
        return new ApiAnswer(Shape(request, row));
    }

    private static void Forbid(ApiQuery query)
    {
        query.RefuseEditContext();

        if (query.Has("roles") || query.Has("capabilities"))
        {
            throw ApiError.Forbidden("rest_user_cannot_view", "Users cannot be filtered by role or capability without signing in.");
        }
    }

    internal static JsonObject Shape(ApiRequest request, Row row, bool embed = false)
    {
        var user = new JsonObject
        {
            ["id"] = row.Id,
            ["name"] = row.Name,
            ["url"] = Website(row.Links),
            ["description"] = row.Bio ?? "",
            ["link"] = request.Origin + "/author/" + row.Slug,
            ["slug"] = row.Slug,
            ["avatar_urls"] = Avatars(request, row),
        };
        if (!embed)
        {
            user["meta"] = Hal.Empty();
        }

        user["_links"] = new JsonObject
        {
            ["self"] = Hal.Link(request.Api($"/wp/v2/users/{row.Id}")),
            ["collection"] = Hal.Link(request.Api("/wp/v2/users")),
        };
        return user;
    }

    /// <summary>The first http(s) address of the profile's links, as WordPress's single website field.</summary>
    private static string Website(string? links) =>
        (links ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(l => Uri.TryCreate(l, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") ?? "";

    /// <summary>
    /// The author's own photo at WordPress's three avatar sizes (its smallest copy), or none: Dateline asks no avatar
    /// service, whose addresses are a hash of an email address.
    /// </summary>
    private static JsonObject Avatars(ApiRequest request, Row row)
    {
        if (row.PhotoPath is not { } path)
        {
            return [];
        }

        var smallest = Renditions.Parse(row.PhotoRenditions).Where(w => w < row.PhotoWidth).Select(w => (int?)w).FirstOrDefault();
        var url = request.Origin + "/media/" + (smallest is { } width ? Renditions.PathFor(path, width, ".jpg") : path);
        return new JsonObject { ["24"] = url, ["48"] = url, ["96"] = url };
    }
}
