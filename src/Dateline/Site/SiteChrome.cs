using System.Globalization;
using Dateline.Data;
using Dateline.Editions;
using Dateline.StaticPages;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Site;

/// <summary>
/// What every reader page's frame shows: the site's name, menu, ticker and footer links. Loaded once per request, from
/// the frames the process keeps (<see cref="SiteFrames"/>) when it has this edition's.
/// </summary>
public sealed class SiteChrome(DatelineDb db, TimeProvider clock, IHttpContextAccessor http, SiteFrames frames, ILogger<SiteChrome> logger)
{
    private Frame? frame;

    public sealed record Link(string Label, string Url);

    public sealed record Frame(
        string Name,
        string? Tagline,
        string Language,
        TimeZoneInfo TimeZone,
        IReadOnlyList<Link> Menu,
        IReadOnlyList<Link> Breaking,
        IReadOnlyList<Link> Footer,
        int? CommentsCloseAfterDays = null)
    {
        public CultureInfo Culture { get; } = CultureOf(Language);

        /// <summary>The site logo, for the publisher in structured data; null until the desk sets one.</summary>
        public Media.MediaItem? Logo { get; init; }

        /// <summary>The direction the desk set for an edition other than the default; null to follow the culture.</summary>
        public string? EditionDirection { get; init; }

        /// <summary>"rtl" for Dari, Pashto, Urdu, Arabic…; what &lt;html dir&gt; says.</summary>
        public string Direction => EditionDirection ?? (Culture.TextInfo.IsRightToLeft ? "rtl" : "ltr");
    }

    public async Task<Frame> LoadAsync(CancellationToken cancellationToken = default)
    {
        if (frame is not null)
        {
            return frame;
        }

        var edition = http.HttpContext?.Edition() ?? Edition.English();
        if (frames.Find(edition.Id) is { } kept)
        {
            return frame = kept;
        }

        try
        {
            var readFrom = frames.Version;
            (frame, var until) = await ReadAsync(edition, cancellationToken);
            frames.Keep(edition.Id, frame, until, readFrom);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Error pages use this frame too, so it must render even when the database is what failed.
            logger.LogWarning("The site frame could not be read: {Reason}", e.GetBaseException().Message);
            frame = new Frame(new SiteSettings().Name, null, "en", TimeZoneInfo.Utc, [], [], []);
        }

        return frame;
    }

    /// <summary>The frame, and when its ticker next changes by the clock alone (a line starting or ending).</summary>
    private async Task<(Frame Frame, DateTime Until)> ReadAsync(Edition edition, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var settings = await db.SiteSettings.AsNoTracking().Include(s => s.Logo).FirstOrDefaultAsync(cancellationToken) ?? new SiteSettings();
        // An edition other than the default speaks its own language and shows its own menu; the default keeps the site's settings.
        var language = edition.UrlPrefix.Length == 0 ? settings.Language : edition.Culture;
        var menu = await db.MenuItems.AsNoTracking().Where(m => m.EditionId == edition.Id).OrderBy(m => m.Position)
            .Select(m => new Link(m.Label, m.Url)).ToListAsync(cancellationToken);
        // The lines showing now and those still to come (a handful): the ticker, and when it next changes by itself.
        var lines = await db.BreakingNews.AsNoTracking().Where(b => b.ExpiresAt == null || b.ExpiresAt > now)
            .Select(b => new { b.Text, b.Url, b.StartsAt, b.ExpiresAt }).ToListAsync(cancellationToken);
        var breaking = lines.Where(b => b.StartsAt <= now).OrderByDescending(b => b.StartsAt).Take(5)
            .Select(b => new Link(b.Text, b.Url ?? "")).ToList();
        var until = lines.Select(b => b.StartsAt > now ? b.StartsAt : b.ExpiresAt).Min() ?? DateTime.MaxValue;
        // Menu and ticker links are typed by editors; only links a reader can safely follow are rendered as links.
        menu.RemoveAll(m => !LocalUrl.IsSafeLink(m.Url));
        breaking = breaking.Select(b => LocalUrl.IsSafeLink(b.Url) ? b : b with { Url = "" }).ToList();
        var footer = await db.StaticPages.AsNoTracking().Where(p => p.IsPublished).OrderBy(p => p.Position)
            .Select(p => new Link(p.Title, "/" + p.Slug)).ToListAsync(cancellationToken);
        var frame = new Frame(settings.Name, settings.Tagline, language, FindZone(settings.TimeZone), menu, breaking, footer, settings.CommentsCloseAfterDays)
        {
            Logo = settings.Logo,
            EditionDirection = edition.UrlPrefix.Length == 0 ? null : edition.Dir,
        };
        return (frame, until);
    }

    private static CultureInfo CultureOf(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    private static TimeZoneInfo FindZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
