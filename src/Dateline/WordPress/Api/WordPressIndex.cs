using System.Text.Json.Nodes;

namespace Dateline.WordPress.Api;

/// <summary>
/// /wp-json/ and /wp-json/wp/v2: what the site is and which routes it answers, with each route's arguments, which is
/// what discovering clients (node-wpapi's WPAPI.discover) build their request methods from.
/// </summary>
public static class WordPressIndex
{
    public static Task<ApiAnswer> RootAsync(ApiRequest request)
    {
        var offset = request.Site.Zone.GetUtcOffset(request.Now).TotalHours;
        var routes = new JsonObject
        {
            ["/"] = Route(request, "", "/", Args(("context", Arg("string", "The view of the answer.", "view", enumeration: ["view"])))),
        };
        AddRoutes(request, routes);

        return Task.FromResult(new ApiAnswer(new JsonObject
        {
            ["name"] = request.Site.Name,
            ["description"] = request.Site.Tagline ?? "",
            ["url"] = request.Origin,
            ["home"] = request.Origin,
            ["gmt_offset"] = offset == Math.Floor(offset) ? JsonValue.Create((int)offset) : JsonValue.Create(offset),
            ["timezone_string"] = request.Site.ZoneId == "UTC" ? "" : request.Site.ZoneId,
            ["page_for_posts"] = 0,
            ["page_on_front"] = 0,
            ["show_on_front"] = "posts",
            ["namespaces"] = new JsonArray("wp/v2"),
            ["authentication"] = new JsonArray(),
            ["routes"] = routes,
            ["site_logo"] = 0,
            ["site_icon"] = 0,
            ["site_icon_url"] = "",
            ["_links"] = new JsonObject { ["help"] = Hal.Link("https://developer.wordpress.org/rest-api/") },
        }));
    }

    public static ApiAnswer Namespace(ApiRequest request) => new(new JsonObject
    {
        ["namespace"] = "wp/v2",
        ["routes"] = AddRoutes(request, []),
        ["_links"] = new JsonObject { ["up"] = Hal.Link(request.Api("/")) },
    });

    private static JsonObject AddRoutes(ApiRequest request, JsonObject routes)
    {
        routes["/wp/v2"] = Route(request, "wp/v2", "/wp/v2", Args(("namespace", Arg("string", "The namespace.", "wp/v2")), ("context", Arg("string", "The view of the answer.", "view", enumeration: ["view"]))));
        foreach (var described in new[] { "types", "taxonomies" })
        {
            routes[$"/wp/v2/{described}"] = Route(request, "wp/v2", $"/wp/v2/{described}", Args(("context", Context())));
            routes[$"/wp/v2/{described}/(?P<{(described == "types" ? "type" : "taxonomy")}>[\\w-]+)"] = Route(request, "wp/v2", null, Args(("context", Context())));
        }

        foreach (var resource in WordPressApi.Resources)
        {
            routes[resource.Route] = Route(request, "wp/v2", resource.Route, resource.ListArgs.DeepClone().AsObject());
            if (resource.Get is not null)
            {
                routes[resource.ItemRoute] = Route(request, "wp/v2", null, Args(
                    ("id", Arg("integer", "The item's id.")),
                    ("context", Context())));
            }
        }

        return routes;
    }

    private static JsonObject Route(ApiRequest request, string space, string? self, JsonObject args)
    {
        var route = new JsonObject
        {
            ["namespace"] = space,
            ["methods"] = new JsonArray("GET"),
            ["endpoints"] = new JsonArray(new JsonObject { ["methods"] = new JsonArray("GET"), ["args"] = args }),
        };
        if (self is not null)
        {
            route["_links"] = new JsonObject { ["self"] = Hal.Link(request.Api(self)) };
        }

        return route;
    }

    public static JsonObject PostArgs() => Args(
        [.. Collection(), ("after", Arg("string", "Only posts published after this date-time.", format: "date-time")),
        ("modified_after", Arg("string", "Only posts changed after this date-time.", format: "date-time")),
        ("author", Ids("Only posts by these authors.")), ("author_exclude", Ids("Not posts by these authors.")),
        ("before", Arg("string", "Only posts published before this date-time.", format: "date-time")),
        ("modified_before", Arg("string", "Only posts changed before this date-time.", format: "date-time")),
        ("exclude", Ids("Leave out these ids.")), ("include", Ids("Only these ids.")), ("offset", Arg("integer", "Skip this many items.")),
        ("order", Arg("string", "Ascending or descending.", "desc", enumeration: ["asc", "desc"])),
        ("orderby", Arg("string", "What the list is sorted by.", "date", enumeration: ["author", "date", "id", "include", "modified", "parent", "relevance", "slug", "include_slugs", "title"])),
        ("slug", Strings("Only posts with these slugs.")),
        ("status", Arg("array", "Only posts with this status; anonymous callers see published posts only.", enumeration: null, items: "string", defaultArray: ["publish"])),
        ("categories", Ids("Only posts in these categories.")), ("categories_exclude", Ids("Not posts in these categories.")),
        ("tags", Ids("Only posts with these tags.")), ("tags_exclude", Ids("Not posts with these tags.")),
        ("sticky", Arg("boolean", "Only sticky posts (there are none) or only others."))]);

    public static JsonObject PageArgs() => Args(
        [.. Collection(), ("after", Arg("string", "Only pages changed after this date-time.", format: "date-time")),
        ("before", Arg("string", "Only pages changed before this date-time.", format: "date-time")),
        ("author", Ids("Only pages by these authors.")),
        ("exclude", Ids("Leave out these ids.")), ("include", Ids("Only these ids.")), ("menu_order", Arg("integer", "Only pages at this position.")),
        ("offset", Arg("integer", "Skip this many items.")), ("order", Arg("string", "Ascending or descending.", "desc", enumeration: ["asc", "desc"])),
        ("orderby", Arg("string", "What the list is sorted by.", "date", enumeration: ["author", "date", "id", "include", "modified", "parent", "relevance", "slug", "include_slugs", "title", "menu_order"])),
        ("parent", Ids("Only pages under these pages.")), ("slug", Strings("Only pages with these slugs.")),
        ("status", Arg("array", "Only pages with this status; anonymous callers see published pages only.", items: "string", defaultArray: ["publish"]))]);

    public static JsonObject MediaArgs() => Args(
        [.. Collection(), ("after", Arg("string", "Only items added after this date-time.", format: "date-time")),
        ("before", Arg("string", "Only items added before this date-time.", format: "date-time")),
        ("exclude", Ids("Leave out these ids.")), ("include", Ids("Only these ids.")), ("offset", Arg("integer", "Skip this many items.")),
        ("order", Arg("string", "Ascending or descending.", "desc", enumeration: ["asc", "desc"])),
        ("orderby", Arg("string", "What the list is sorted by.", "date", enumeration: ["author", "date", "id", "include", "modified", "parent", "relevance", "slug", "include_slugs", "title"])),
        ("parent", Ids("Only the pictures of these posts.")),
        ("media_type", Arg("string", "Only items of this kind.", enumeration: ["image", "video", "text", "application", "audio"])),
        ("mime_type", Arg("string", "Only items of this MIME type."))]);

    public static JsonObject TermArgs(bool hierarchical) => Args(
        [.. Collection(), ("exclude", Ids("Leave out these ids.")), ("include", Ids("Only these ids.")),
        ("order", Arg("string", "Ascending or descending.", "asc", enumeration: ["asc", "desc"])),
        ("orderby", Arg("string", "What the list is sorted by.", "name", enumeration: ["id", "include", "name", "slug", "include_slugs", "term_group", "description", "count"])),
        ("hide_empty", Arg("boolean", "Leave out terms without published posts.")),
        .. hierarchical ? [("parent", Arg("integer", "Only terms under this one."))] : Array.Empty<(string, JsonObject)>(),
        ("post", Arg("integer", "Only the terms of this post.")), ("slug", Strings("Only terms with these slugs."))]);

    public static JsonObject UserArgs() => Args(
        [.. Collection(), ("exclude", Ids("Leave out these ids.")), ("include", Ids("Only these ids.")),
        ("offset", Arg("integer", "Skip this many items.")),
        ("order", Arg("string", "Ascending or descending.", "asc", enumeration: ["asc", "desc"])),
        ("orderby", Arg("string", "What the list is sorted by.", "name", enumeration: ["id", "include", "name", "registered_date", "slug", "include_slugs", "email", "url"])),
        ("slug", Strings("Only users with these slugs.")),
        ("who", Arg("string", "Only authors.", enumeration: ["authors"]))]);

    public static JsonObject CommentArgs() => Args(
        [.. Collection(), ("after", Arg("string", "Only comments made after this date-time.", format: "date-time")),
        ("before", Arg("string", "Only comments made before this date-time.", format: "date-time")),
        ("exclude", Ids("Leave out these ids.")), ("include", Ids("Only these ids.")), ("offset", Arg("integer", "Skip this many items.")),
        ("order", Arg("string", "Ascending or descending.", "desc", enumeration: ["asc", "desc"])),
        ("orderby", Arg("string", "What the list is sorted by.", "date_gmt", enumeration: ["date", "date_gmt", "id", "include", "post", "parent", "type"])),
        ("parent", Ids("Only replies to these comments.")), ("parent_exclude", Ids("Not replies to these comments.")),
        ("post", Ids("Only comments on these posts.")),
        ("status", Arg("string", "Only approved comments are shown.", "approve")),
        ("type", Arg("string", "Only comments of this type.", "comment"))]);

    public static JsonObject SearchArgs() => Args(
        [("context", Arg("string", "The view of the answer.", "view", enumeration: ["view", "embed"])),
        ("page", Arg("integer", "Which page of the results.", 1, minimum: 1)),
        ("per_page", Arg("integer", "How many results a page holds.", 10, minimum: 1, maximum: 100)),
        ("search", Arg("string", "The words to look for.")),
        ("type", Arg("string", "What kind of thing to look for.", "post", enumeration: ["post", "term", "post-format"])),
        ("subtype", Arg("array", "Which kinds within that.", items: "string", defaultArray: ["any"]))]);

    private static (string, JsonObject)[] Collection() =>
    [
        ("context", Context()),
        ("page", Arg("integer", "Which page of the collection.", 1, minimum: 1)),
        ("per_page", Arg("integer", "How many items a page holds.", 10, minimum: 1, maximum: 100)),
        ("search", Arg("string", "Only items matching these words.")),
    ];

    private static JsonObject Context() => Arg("string", "The view of the answer.", "view", enumeration: ["view", "embed", "edit"]);

    private static JsonObject Ids(string description) => Arg("array", description, items: "integer", defaultArray: []);

    private static JsonObject Strings(string description) => Arg("array", description, items: "string");

    private static JsonObject Args(params (string Name, JsonObject Arg)[] args)
    {
        var all = new JsonObject();
        foreach (var (name, arg) in args)
        {
            all[name] = arg;
        }

        return all;
    }

    private static JsonObject Arg(string type, string description, JsonNode? fallback = null, string[]? enumeration = null, string? format = null,
        int? minimum = null, int? maximum = null, string? items = null, string[]? defaultArray = null)
    {
        var arg = new JsonObject { ["description"] = description, ["type"] = type };
        if (format is not null)
        {
            arg["format"] = format;
        }

        if (fallback is not null)
        {
            arg["default"] = fallback;
        }
        else if (defaultArray is not null)
        {
            arg["default"] = new JsonArray([.. defaultArray.Select(d => (JsonNode)d)]);
        }

        if (minimum is not null)
        {
            arg["minimum"] = minimum;
        }

        if (maximum is not null)
        {
            arg["maximum"] = maximum;
        }

        if (enumeration is not null)
        {
            arg["enum"] = new JsonArray([.. enumeration.Select(e => (JsonNode)e)]);
        }

        if (items is not null)
        {
            arg["items"] = new JsonObject { ["type"] = items };
        }

        arg["required"] = false;
        return arg;
    }
}
