using System.Globalization;
using Dateline.Site;

namespace Dateline.Newsroom;

/// <summary>
/// Times as the newsroom shows them, in the member's language: the compact "2026-11-29 14:05" in English, the same
/// in the Solar Hijri calendar and Persian digits in Dari ("۱۴۰۵/۰۹/۰۸ ۱۴:۰۵"), the calendar Afghan desks date by.
/// Only for reading: datetime attributes use ReaderTime.Machine and form fields keep ISO values, as HTML requires.
/// </summary>
public static class NewsroomTime
{
    public static string Display(DateTime time, bool seconds = false)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (!Numerals.UsesNativeDigits(culture))
        {
            // Unchanged from before the newsroom had languages: the formatting culture, Gregorian.
            return time.ToString(seconds ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm", CultureInfo.CurrentCulture);
        }

        return Numerals.Localize(time.ToString(seconds ? "yyyy/MM/dd HH:mm:ss" : "yyyy/MM/dd HH:mm", culture), culture);
    }
}
