using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;

namespace Dateline.WordPress.Api;

/// <summary>Writes an answer as WordPress does: _fields applied, pagination headers, _envelope on request.</summary>
public static class ApiOutput
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task WriteAsync(HttpContext context, ApiQuery query, ApiAnswer answer, string routeForLinks)
    {
        var body = answer.Body;
        if (Fields(query) is { } fields)
        {
            body = body is JsonArray items ? new JsonArray(items.Select(i => i is JsonObject o ? (JsonNode)Filter(o, fields) : i?.DeepClone()).ToArray()) : body is JsonObject one ? Filter(one, fields) : body;
        }

        var headers = new Dictionary<string, StringValues>();
        if (answer.Page is { } page)
        {
            headers["X-WP-Total"] = page.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
            headers["X-WP-TotalPages"] = page.TotalPages.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var links = new List<string>();
            var root = PublicOriginOf(context) + "/wp-json" + routeForLinks;
            if (page.Number > 1)
            {
                links.Add($"<{PageUrl(root, query, Math.Min(page.Number - 1, Math.Max(page.TotalPages, 1)))}>; rel=\"prev\"");
            }

            if (page.Number < page.TotalPages)
            {
                links.Add($"<{PageUrl(root, query, page.Number + 1)}>; rel=\"next\"");
            }

            if (links.Count > 0)
            {
                headers["Link"] = new StringValues([.. links]);
            }
        }

        return WriteAsync(context, query, body, StatusCodes.Status200OK, headers);
    }

    public static Task WriteErrorAsync(HttpContext context, ApiQuery query, ApiError error) =>
        WriteAsync(context, query, error.ToJson(), error.Status, new Dictionary<string, StringValues>());

    private static async Task WriteAsync(HttpContext context, ApiQuery query, JsonNode body, int status, Dictionary<string, StringValues> headers)
    {
        var response = context.Response;
        if (query.Has("_envelope"))
        {
            var wrapped = new JsonObject();
            foreach (var (name, value) in headers)
            {
                wrapped[name] = value.Count == 1 ? value[0] : string.Join(", ", value.ToArray());
            }

            body = new JsonObject { ["body"] = body, ["status"] = status, ["headers"] = wrapped };
            status = StatusCodes.Status200OK;
        }
        else
        {
            foreach (var (name, value) in headers)
            {
                response.Headers[name] = value;
            }
        }

        response.StatusCode = status;
        response.ContentType = "application/json; charset=UTF-8";
        response.Headers.AccessControlAllowOrigin = "*";
        response.Headers.AccessControlExposeHeaders = "X-WP-Total, X-WP-TotalPages, Link";
        response.Headers.Allow = "GET";
        response.Headers["X-Robots-Tag"] = "noindex";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        await using var writer = new Utf8JsonWriter(response.Body, new JsonWriterOptions { Encoder = Options.Encoder });
        body.WriteTo(writer, Options);
        await writer.FlushAsync(context.RequestAborted);
    }

    /// <summary>The fields _fields asks for, as a tree ("a.b" keeps b inside a); null when it was not given.</summary>
    public static Dictionary<string, object>? Fields(ApiQuery query)
    {
        if (!query.Has("_fields"))
        {
            return null;
        }

        var tree = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var field in query.Values("_fields").SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Take(200))
        {
            var level = tree;
            var parts = field.Split('.');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i == parts.Length - 1)
                {
                    // The whole of a field wins over a part of it: "a,a.b" keeps all of a.
                    level[parts[i]] = Whole;
                }
                else if (!level.TryGetValue(parts[i], out var next) || next is not Dictionary<string, object> child)
                {
                    if (next == Whole)
                    {
                        break;
                    }

                    child = new Dictionary<string, object>(StringComparer.Ordinal);
                    level[parts[i]] = child;
                    level = child;
                }
                else
                {
                    level = child;
                }
            }
        }

        return tree;
    }

    private static readonly object Whole = new();

    private static JsonObject Filter(JsonObject item, Dictionary<string, object> fields)
    {
        var kept = new JsonObject();
        foreach (var (name, value) in item)
        {
            if (!fields.TryGetValue(name, out var wanted))
            {
                continue;
            }

            kept[name] = wanted is Dictionary<string, object> inner && value is JsonObject nested ? Filter(nested, inner) : value?.DeepClone();
        }

        return kept;
    }

    private static string PageUrl(string root, ApiQuery query, int page)
    {
        var parts = query.All.Where(p => p.Key is not ("page" or "rest_route"))
            .SelectMany(p => p.Value.Select(v => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(v ?? "")))
            .Append("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return root + "?" + string.Join("&", parts);
    }

    private static string PublicOriginOf(HttpContext context) => Site.PublicOrigin.For(context);
}
