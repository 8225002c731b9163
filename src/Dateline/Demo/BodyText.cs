using System.Net;
using System.Text;

namespace Dateline.Demo;

/// <summary>Turns plain-text copy into article HTML: "## " starts a subheading, "> " a quotation, anything else a paragraph.</summary>
public static class BodyText
{
    public static string ToHtml(IEnumerable<string> blocks)
    {
        var html = new StringBuilder();
        foreach (var block in blocks.Select(b => b.Trim()).Where(b => b.Length > 0))
        {
            if (block.StartsWith("## ", StringComparison.Ordinal))
            {
                html.Append("<h2>").Append(WebUtility.HtmlEncode(block[3..].Trim())).Append("</h2>\n");
            }
            else if (block.StartsWith("> ", StringComparison.Ordinal))
            {
                html.Append("<blockquote><p>").Append(WebUtility.HtmlEncode(block[2..].Trim())).Append("</p></blockquote>\n");
            }
            else
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode(block)).Append("</p>\n");
            }
        }

        return html.ToString();
    }
}
