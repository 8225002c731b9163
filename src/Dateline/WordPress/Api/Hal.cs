using System.Net;
using System.Text.Json.Nodes;

namespace Dateline.WordPress.Api;

/// <summary>The small JSON pieces every WordPress resource is made of: {"rendered"} fields and HAL-style _links.</summary>
public static class Hal
{
    public static JsonObject Rendered(string html) => new() { ["rendered"] = html };

    /// <summary>{"rendered": …, "protected": false}, the shape of a post's content and excerpt.</summary>
    public static JsonObject Protected(string html) => new() { ["rendered"] = html, ["protected"] = false };

    /// <summary>Plain text (a headline, a name) as the HTML WordPress renders it to.</summary>
    public static string Html(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static JsonArray Link(string href, bool embeddable = false, Action<JsonObject>? more = null)
    {
        var link = new JsonObject();
        if (embeddable)
        {
            link["embeddable"] = true;
        }

        more?.Invoke(link);
        link["href"] = href;
        return [link];
    }

    public static JsonArray Curies() =>
        [new JsonObject { ["name"] = "wp", ["href"] = "https://api.w.org/{rel}", ["templated"] = true }];

    public static JsonArray Empty() => [];
}
