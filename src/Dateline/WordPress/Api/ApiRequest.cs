using System.Globalization;
using Dateline.Articles;
using Dateline.Data;
using Dateline.Editions;
using Microsoft.EntityFrameworkCore;

namespace Dateline.WordPress.Api;

/// <summary>One API request as the resources see it: the database, the clock, the public origin and the site's settings.</summary>
public sealed class ApiRequest(HttpContext http, DatelineDb db, ApiQuery query, DateTime now, string origin, ApiRequest.SiteFacts site)
{
    public sealed record SiteFacts(string Name, string? Tagline, TimeZoneInfo Zone, string ZoneId, int? CommentsCloseAfterDays);

    public HttpContext Http { get; } = http;
    public DatelineDb Db { get; } = db;
    public ApiQuery Query { get; } = query;
    public DateTime Now { get; } = now;
    public string Origin { get; } = origin;
    public SiteFacts Site { get; } = site;
    public CancellationToken Aborted => Http.RequestAborted;

    /// <summary>The edition whose API this is: /wp-json/ reads the default edition, /fa/wp-json/ the Dari one.</summary>
    public int EditionId { get; } = http.Edition().Id;

    /// <summary>What readers of this edition can see: its published articles, never the other editions'.</summary>
    public IQueryable<Article> PublishedArticles => Db.Articles.AsNoTracking().Published(Now).InEdition(EditionId);

    /// <summary>The relations _embed asked for; null when it was not given.</summary>
    public IReadOnlySet<string>? Embed { get; } = EmbedOf(query);

    public bool Embeds(string relation) => Embed is { } embed && (embed.Count == 0 || embed.Contains(relation));

    public string Api(string route) => Origin + "/wp-json" + route;

    /// <summary>A date as WordPress writes it: in the site's zone, or (<paramref name="gmt"/>) in UTC, never with an offset.</summary>
    public string Date(DateTime utc, bool gmt = false) =>
        (gmt ? utc : TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Site.Zone))
            .ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    public static async Task<SiteFacts> ReadSiteAsync(DatelineDb db, CancellationToken cancellationToken)
    {
        var settings = await db.SiteSettings.AsNoTracking()
            .Select(s => new { s.Name, s.Tagline, s.TimeZone, s.CommentsCloseAfterDays })
            .FirstOrDefaultAsync(cancellationToken);
        var zoneId = settings?.TimeZone ?? "UTC";
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found) ? found : TimeZoneInfo.Utc;
        return new SiteFacts(settings?.Name ?? "Dateline", settings?.Tagline, zone, zoneId, settings?.CommentsCloseAfterDays);
    }

    /// <summary>"_embed" or "_embed=1" embeds everything embeddable; "_embed=author,wp:term" only those relations.</summary>
    private static HashSet<string>? EmbedOf(ApiQuery query)
    {
        if (!query.Has("_embed"))
        {
            return null;
        }

        var values = query.Values("_embed").SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.Ordinal);
        values.ExceptWith(["1", "true"]);
        return values;
    }
}
