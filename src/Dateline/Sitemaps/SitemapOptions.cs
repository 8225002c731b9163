using System.Globalization;

namespace Dateline.Sitemaps;

/// <summary>How many addresses one sitemap file may hold.</summary>
public sealed record SitemapOptions(int UrlsPerFile)
{
    /// <summary>The protocol's ceiling per file.</summary>
    public const int MaxUrlsPerFile = 50_000;

    /// <summary>
    /// Dateline:Sitemaps:UrlsPerFile may only lower the ceiling; it exists so a test can prove the splitting with a
    /// handful of articles instead of fifty thousand.
    /// </summary>
    public static SitemapOptions From(IConfiguration configuration) =>
        new(int.TryParse(configuration["Dateline:Sitemaps:UrlsPerFile"], NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is > 0 and < MaxUrlsPerFile
            ? limit : MaxUrlsPerFile);

    public int PartsFor(int count) => (count + UrlsPerFile - 1) / UrlsPerFile;
}
