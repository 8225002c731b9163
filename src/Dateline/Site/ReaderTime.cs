using System.Globalization;

namespace Dateline.Site;

/// <summary>
/// Shows UTC instants in the site's time zone and the page's culture, and writes them for machines in ISO 8601.
/// A Dari or Persian page reads the Solar Hijri calendar (the culture's own: .NET gives fa-AF and fa-IR the
/// PersianCalendar with Dari or Iranian month names) in Persian digits; datetime attributes and JSON-LD use Machine.
/// </summary>
public static class ReaderTime
{
    public static string Display(this SiteChrome.Frame site, DateTime utc) =>
        Write(site, utc, Numerals.UsesNativeDigits(site.Culture) ? "d MMMM yyyy، HH:mm" : "d MMMM yyyy, HH:mm");

    public static string DisplayDate(this SiteChrome.Frame site, DateTime utc) => Write(site, utc, "d MMMM yyyy");

    public static string Machine(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string Write(SiteChrome.Frame site, DateTime utc, string format) =>
        Numerals.Localize(TimeZoneInfo.ConvertTimeFromUtc(utc, site.TimeZone).ToString(format, site.Culture), site.Culture);
}
