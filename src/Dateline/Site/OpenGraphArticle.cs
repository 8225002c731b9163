using System.Globalization;

namespace Dateline.Site;

/// <summary>The article:* facts of OpenGraph: when, in which section, under which tags, by whom (author page paths).</summary>
public sealed record OpenGraphArticle(
    DateTime Published,
    DateTime Modified,
    string? Section,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> AuthorPaths,
    string Language)
{
    /// <summary>
    /// og:locale wants language_TERRITORY ("en_US"); the newsroom stores a language ("en", "ps"), so the culture's
    /// most likely territory fills the gap. Null for a code the machine's cultures do not know.
    /// </summary>
    public static string? Locale(string language) => Locales.GetOrAdd(language, SpecificLocale);

    // An article's language is one of the few the site writes in; the culture lookup behind each is not cheap.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> Locales = new(StringComparer.Ordinal);

    private static string? SpecificLocale(string language)
    {
        try
        {
            var name = CultureInfo.CreateSpecificCulture(language).Name;
            return name.Length == 0 ? null : name.Replace('-', '_');
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
