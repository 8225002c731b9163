using System.Globalization;

namespace Dateline.Site;

/// <summary>Shows UTC instants in the site's time zone, and writes them for machines in ISO 8601.</summary>
public static class ReaderTime
{
    public static string Display(this SiteChrome.Frame site, DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, site.TimeZone).ToString("d MMMM yyyy, HH:mm", site.Culture);

    public static string DisplayDate(this SiteChrome.Frame site, DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, site.TimeZone).ToString("d MMMM yyyy", site.Culture);

    public static string Machine(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
