using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Dateline.Site;

/// <summary>schema.org data as JSON-LD: the serializer every page's script element uses, and the publisher they share.</summary>
public static class JsonLd
{
    // Any script: Dari or Urdu text stays readable, while '<', '>' and '&' are still escaped,
    // so no headline or bio can close the script element it sits in.
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The data as JSON, leaving out every null (the ignore condition alone skips them in objects, not in dictionaries).</summary>
    public static string Serialize(object data) => WithoutNulls(JsonSerializer.SerializeToNode(data, Json))!.ToJsonString(Json);

    private static JsonNode? WithoutNulls(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, value) in obj.ToList())
            {
                if (value is null)
                {
                    obj.Remove(name);
                }
                else
                {
                    WithoutNulls(value);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                WithoutNulls(item);
            }
        }

        return node;
    }

    /// <summary>
    /// The news organisation behind the site. Its logo is the site logo when the desk has set one; otherwise there is
    /// none, because the favicon is a small square mark, not the wide logo search engines show for a publisher.
    /// </summary>
    public static Dictionary<string, object?> Publisher(SiteChrome.Frame site, string origin) => new()
    {
        ["@type"] = "NewsMediaOrganization",
        ["name"] = site.Name,
        ["url"] = origin + "/",
        ["logo"] = site.Logo is { } logo ? Image(logo, origin) : null,
    };

    /// <summary>The data as a top-level JSON-LD object: the same entries after "@context".</summary>
    public static Dictionary<string, object?> Root(Dictionary<string, object?> data) =>
        new[] { KeyValuePair.Create("@context", (object?)"https://schema.org") }.Concat(data).ToDictionary();

    /// <summary>A BreadcrumbList of the visible breadcrumb's steps (names as shown, paths made absolute), positions from 1.</summary>
    public static Dictionary<string, object?> Breadcrumb(IEnumerable<(string Name, string Path)> steps, string origin) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "BreadcrumbList",
        ["itemListElement"] = steps.Select((step, i) => new Dictionary<string, object?>
        {
            ["@type"] = "ListItem", ["position"] = i + 1, ["name"] = step.Name, ["item"] = origin + step.Path,
        }).ToList(),
    };

    public static Dictionary<string, object?> Image(Media.MediaItem image, string origin) => new()
    {
        ["@type"] = "ImageObject",
        ["url"] = origin + image.Url,
        ["width"] = image.Width > 0 ? image.Width : null,
        ["height"] = image.Height > 0 ? image.Height : null,
    };
}
