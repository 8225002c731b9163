using System.Globalization;
using System.Text.RegularExpressions;

namespace Dateline.Sitemaps;

/// <summary>
/// One file under /sitemaps/: a month of articles ("articles-2026-11.xml") or a list of one kind of page
/// ("tags.xml"); a part past the first carries its number ("articles-2026-11-2.xml"), so none exceeds the URL limit.
/// </summary>
public sealed partial record SitemapFile(string Kind, int Year, int Month, int Part)
{
    public const string Articles = "articles";

    /// <summary>The lists of pages other than articles, in the order the index gives them.</summary>
    public static readonly IReadOnlyList<string> Lists = ["pages", "sections", "tags", "authors", "stories"];

    public string Path => "/sitemaps/" + Name;

    public string Name =>
        (Kind == Articles ? string.Create(CultureInfo.InvariantCulture, $"{Kind}-{Year:D4}-{Month:D2}") : Kind)
        + (Part > 1 ? "-" + Part.ToString(CultureInfo.InvariantCulture) : "") + ".xml";

    public static SitemapFile ForMonth(int year, int month, int part) => new(Articles, year, month, part);

    public static SitemapFile ForList(string kind, int part) => new(kind, 0, 0, part);

    /// <summary>Reads a file name; null for anything that is not exactly how Name writes it, so every file has one address.</summary>
    public static SitemapFile? Parse(string name)
    {
        var match = NamePattern().Match(name);
        if (!match.Success)
        {
            return null;
        }

        var part = match.Groups["part"].Success ? int.Parse(match.Groups["part"].Value, CultureInfo.InvariantCulture) : 1;
        var file = match.Groups["year"].Success
            ? ForMonth(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture), part)
            : ForList(match.Groups["kind"].Value, part);
        return file.Name == name && (file.Kind != Articles || file.Month is >= 1 and <= 12) ? file : null;
    }

    [GeneratedRegex(@"^(?:articles-(?<year>\d{4})-(?<month>\d{2})|(?<kind>pages|sections|tags|authors|stories))(?:-(?<part>[2-9]|[1-9]\d{1,5}))?\.xml$")]
    private static partial Regex NamePattern();
}
