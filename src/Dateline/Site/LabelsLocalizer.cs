using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Dateline.Site;

/// <summary>
/// A set of labels (the reader's <see cref="Labels"/>, the newsroom's NewsroomLabels) with their numbers written the
/// way the page's language writes them: "{0} results" is "3 results" in English and "۳ نتیجه" in Dari. Text
/// arguments (names, headlines) pass unchanged. One class for both sets, so the reader site and the newsroom cannot
/// drift apart in how they write numbers or choose plural forms (<see cref="Plurals"/>).
/// </summary>
public sealed class LabelsLocalizer<TLabels>(IStringLocalizerFactory factory) : IStringLocalizer<TLabels>
{
    // A page asks for dozens of labels, and ResourceManager takes a lock for each: read once per language and name,
    // here for the whole process. The names are the labels' keys, written in the code: a bounded set.
    private static readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> Read = new();

    private readonly IStringLocalizer inner = factory.Create(typeof(TLabels));

    public LocalizedString this[string name] =>
        Read.GetOrAdd((CultureInfo.CurrentUICulture.Name, name), static (key, inner) => inner[key.Name], inner);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments.Select(Native).ToArray()),
                format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

    // The UI culture, not the formatting one: the newsroom changes only the UI culture, so that model binding keeps
    // parsing posted numbers and dates invariantly.
    private static object Native(object argument) =>
        argument is int or long or short && Numerals.UsesNativeDigits(CultureInfo.CurrentUICulture)
            ? Numerals.Localize(((IFormattable)argument).ToString("N0", CultureInfo.CurrentUICulture), CultureInfo.CurrentUICulture)
            : argument;
}
