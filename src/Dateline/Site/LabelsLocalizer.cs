using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Dateline.Site;

/// <summary>
/// The reader labels (resources of <see cref="Labels"/>) with their numbers written the way the page's language
/// writes them: "{0} results" is "3 results" in English and "۳ نتیجه" in Dari. Text arguments (names, headlines)
/// pass unchanged.
/// </summary>
public sealed class LabelsLocalizer(IStringLocalizerFactory factory) : IStringLocalizer<Labels>
{
    private readonly IStringLocalizer inner = factory.Create(typeof(Labels));

    public LocalizedString this[string name] => inner[name];

    public LocalizedString this[string name, params object[] arguments] =>
        inner[name, arguments.Select(Native).ToArray()];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

    private static object Native(object argument) => argument switch
    {
        int or long or short => Numerals.Localize(((IFormattable)argument).ToString("N0", CultureInfo.CurrentCulture), CultureInfo.CurrentCulture) is var text
            && Numerals.UsesNativeDigits(CultureInfo.CurrentCulture) ? text : argument,
        _ => argument,
    };
}
