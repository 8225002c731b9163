using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Dateline.Site;

/// <summary>
/// Counted labels. The key is the label's general ("other") English form, "{0} comments"; a form for another CLDR
/// category is the same key with "|" and the category: "{0} comments|one". A language's resx carries the forms its
/// language needs (Labels.fa.resx: "{0} comments" and "{0} comments|one"); the English "one" forms live in the neutral
/// Labels.resx / NewsroomLabels.resx, which hold nothing else, so English keeps writing its labels in the views.
/// A category with no entry falls back to the general form, so a missing "|one" degrades to "1 comments", never to
/// a raw key. The count is written in the page's digits and grouping (Numerals) as {0}; further arguments follow.
/// </summary>
public static class Plurals
{
    public const char Separator = '|';

    public static LocalizedString Plural(this IStringLocalizer labels, string key, decimal count, params object[] arguments)
    {
        var culture = CultureInfo.CurrentUICulture;
        object[] all = [Numerals.Localize(count.ToString("#,0.##########", culture), culture), .. arguments];
        var category = PluralRules.Category(count, culture);
        if (category != PluralRules.Other && labels[key + Separator + category, all] is { ResourceNotFound: false } form)
        {
            return form;
        }

        return labels[key, all];
    }
}
