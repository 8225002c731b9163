using System.Globalization;
using System.Text.RegularExpressions;
using Dateline.Editions;

namespace Dateline.Newsroom.Desk.Editions;

/// <summary>What the edition form posts. Its rules live in EditionRules, which needs the database and the localizer.</summary>
public sealed partial class EditionInput
{
    public string? Key { get; set; }

    /// <summary>The language's own name for itself, as the language switcher shows it: "پښتو", not "Pashto".</summary>
    public string? Name { get; set; }

    public string? Culture { get; set; }

    /// <summary>"ltr", "rtl", or empty to take the culture's own direction.</summary>
    public string? Direction { get; set; }

    public string? UrlPrefix { get; set; }

    public static EditionInput From(Edition edition) => new()
    {
        Key = edition.Key,
        Name = edition.Name,
        Culture = edition.Culture,
        Direction = edition.Dir,
        UrlPrefix = edition.UrlPrefix,
    };

    /// <summary>Keys and prefixes are URL segments and query values: lower-case ASCII letters, digits and hyphens.</summary>
    public static bool IsSegment(string value) => Segment().IsMatch(value);

    /// <summary>A culture .NET knows by that name, never the invariant one; null when there is none.</summary>
    public static CultureInfo? KnownCulture(string name)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return culture.Name.Length == 0 ? null : culture;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    [GeneratedRegex("^[a-z0-9-]{1,20}$")]
    private static partial Regex Segment();
}
