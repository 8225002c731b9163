using System.Text.Json.Nodes;

namespace Dateline.WordPress.Api;

/// <summary>
/// /wp/v2/types and /wp/v2/taxonomies: the post types and taxonomies the API serves, which every item's
/// _links.about points to and some clients read to know where a type's items are.
/// </summary>
public static class WordPressTypes
{
    private sealed record Kind(string Slug, string Name, string RestBase, bool Hierarchical, string[] Related);

    private static readonly Kind[] Types =
    [
        new("post", "Posts", "posts", false, ["category", "post_tag"]),
        new("page", "Pages", "pages", true, []),
        new("attachment", "Media", "media", false, []),
    ];

    private static readonly Kind[] Taxonomies =
    [
        new("category", "Categories", "categories", true, ["post"]),
        new("post_tag", "Tags", "tags", false, ["post"]),
    ];

    /// <summary>Answers /wp/v2/types[/{slug}] and /wp/v2/taxonomies[/{slug}]; null for any other route.</summary>
    public static ApiAnswer? Answer(ApiRequest request, string[] parts)
    {
        var (kinds, collection, invalid) = parts[3] switch
        {
            "types" => (Types, "types", "rest_type_invalid"),
            "taxonomies" => (Taxonomies, "taxonomies", "rest_taxonomy_invalid"),
            _ => (null, "", ""),
        };
        if (kinds is null)
        {
            return null;
        }

        if (parts.Length == 4)
        {
            var all = new JsonObject();
            foreach (var kind in kinds.Where(k => collection == "taxonomies" || request.Query.Text("type") is null or "post" || k.Related.Contains(request.Query.Text("type"))))
            {
                all[kind.Slug] = Shape(request, kind, collection);
            }

            return new ApiAnswer(all);
        }

        return kinds.FirstOrDefault(k => k.Slug == parts[4]) is { } found
            ? new ApiAnswer(Shape(request, found, collection))
            : throw new ApiError(invalid, "There is no such " + (collection == "types" ? "post type." : "taxonomy."), StatusCodes.Status404NotFound);
    }

    private static JsonObject Shape(ApiRequest request, Kind kind, string collection)
    {
        var shape = new JsonObject
        {
            ["description"] = "",
            ["hierarchical"] = kind.Hierarchical,
        };
        if (collection == "types")
        {
            shape["has_archive"] = false;
        }

        shape["name"] = kind.Name;
        shape["slug"] = kind.Slug;
        if (collection == "types")
        {
            shape["icon"] = null;
            shape["taxonomies"] = new JsonArray([.. kind.Related.Select(r => (JsonNode)r)]);
        }
        else
        {
            shape["types"] = new JsonArray([.. kind.Related.Select(r => (JsonNode)r)]);
        }

        shape["rest_base"] = kind.RestBase;
        shape["rest_namespace"] = "wp/v2";
        shape["_links"] = new JsonObject
        {
            ["collection"] = Hal.Link(request.Api($"/wp/v2/{collection}")),
            ["wp:items"] = Hal.Link(request.Api($"/wp/v2/{kind.RestBase}")),
            ["curies"] = Hal.Curies(),
        };
        return shape;
    }
}
