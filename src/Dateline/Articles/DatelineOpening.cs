using System.Net;

namespace Dateline.Articles;

/// <summary>Opens the body's first paragraph with the dateline, as wire copy does: "ISLAMABAD – The first…".</summary>
public static class DatelineOpening
{
    public static string Insert(string bodyHtml, string? place)
    {
        if (string.IsNullOrWhiteSpace(place))
        {
            return bodyHtml;
        }

        var opening = $"<span class=\"dateline\">{WebUtility.HtmlEncode(place.Trim().ToUpperInvariant())} –</span> ";
        var paragraph = bodyHtml.IndexOf("<p", StringComparison.OrdinalIgnoreCase);
        var tagEnd = paragraph < 0 ? -1 : bodyHtml.IndexOf('>', paragraph);
        return tagEnd < 0
            ? $"<p>{opening}</p>{bodyHtml}"
            : bodyHtml.Insert(tagEnd + 1, opening);
    }
}
