using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Dateline.Editions;

/// <summary>
/// Keeps a reader inside the edition: in a page served under "/fa/", a link or form to a site path ("/category/…",
/// "/search") gets the prefix, so views write site paths once for every edition. Shared paths (/admin, /media…),
/// other hosts and links already carrying a prefix are left alone; at the root nothing changes.
/// </summary>
[HtmlTargetElement("a", Attributes = "href")]
[HtmlTargetElement("form", Attributes = "action")]
[HtmlTargetElement("link", Attributes = "href", TagStructure = TagStructure.WithoutEndTag)]
public sealed class EditionLinks : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    // After the framework's own tag helpers (form, anchor) have written their attributes.
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var pathBase = ViewContext.HttpContext.Request.PathBase;
        if (!pathBase.HasValue || ViewContext.HttpContext.Features.Get<CurrentEdition>() is not { Edition.UrlPrefix.Length: > 0 })
        {
            return;
        }

        var name = output.TagName == "form" ? "action" : "href";
        if (!output.Attributes.TryGetAttribute(name, out var attribute) || Text(attribute.Value) is not { } url)
        {
            return;
        }

        // rel="alternate" hreflang links name another edition on purpose: they are absolute already.
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !EditionRouting.IsShared(url)
            && !url.StartsWith(pathBase + "/", StringComparison.OrdinalIgnoreCase) && url != pathBase.Value)
        {
            output.Attributes.SetAttribute(name, pathBase + url);
        }
    }

    private static string? Text(object? value) => value switch
    {
        string text => text,
        HtmlString html => System.Net.WebUtility.HtmlDecode(html.Value),
        IHtmlContent content => Render(content),
        _ => value?.ToString(),
    };

    private static string Render(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return System.Net.WebUtility.HtmlDecode(writer.ToString());
    }
}
