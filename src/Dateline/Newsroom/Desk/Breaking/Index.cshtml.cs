using Dateline.Data;
using Dateline.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Desk.Breaking;

/// <summary>The ticker's lines: live now, still to come, and ended. Editors add one, end one at once, or delete one.</summary>
[Authorize(Policy = NewsroomPolicies.Desk)]
public sealed class IndexModel(DatelineDb db, SiteChrome chrome, TimeProvider clock) : DeskPage
{
    public const string Path = "/admin/desk/breaking";

    public override string Title => "Breaking news";

    [BindProperty]
    public BreakingInput Input { get; set; } = new();

    public IReadOnlyList<BreakingNews> Live { get; private set; } = [];
    public IReadOnlyList<BreakingNews> Upcoming { get; private set; } = [];
    public IReadOnlyList<BreakingNews> Ended { get; private set; } = [];
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public string Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync(string? notice, CancellationToken cancellationToken)
    {
        Notice = notice;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Zone = (await chrome.LoadAsync(cancellationToken)).TimeZone;
        var now = clock.GetUtcNow().UtcDateTime;
        var url = Input.Url?.Trim() is { Length: > 0 } typed ? typed : null;
        if (url is not null && !LocalUrl.IsSafeLink(url))
        {
            ModelState.AddModelError("Input.Url", "A link is a path on this site (/2026/…) or an address starting with https:// or http://.");
        }

        var startsAt = Input.StartsAt is { } starts ? Utc(starts) : now;
        var expiresAt = Input.ExpiresAt is { } expires ? Utc(expires) : (DateTime?)null;
        if (expiresAt <= startsAt)
        {
            ModelState.AddModelError("Input.ExpiresAt", "The line must expire after it starts.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Unprocessable();
        }

        db.BreakingNews.Add(new BreakingNews { Text = Input.Text!.Trim(), Url = url, StartsAt = startsAt, ExpiresAt = expiresAt });
        await db.SaveChangesAsync(cancellationToken);
        return Done(Path, startsAt <= now ? "The line is in the ticker." : "The line will join the ticker when it starts.");
    }

    public async Task<IActionResult> OnPostEndAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.BreakingNews.FirstOrDefaultAsync(b => b.Id == id, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (item.ExpiresAt is null || item.ExpiresAt > now)
        {
            item.ExpiresAt = now;
            item.StartsAt = item.StartsAt > now ? now : item.StartsAt;
            await db.SaveChangesAsync(cancellationToken);
        }

        return Done(Path, "The line has left the ticker.");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        await db.BreakingNews.Where(b => b.Id == id).ExecuteDeleteAsync(cancellationToken);
        return Done(Path, "The line is deleted.");
    }

    private DateTime Utc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Zone = (await chrome.LoadAsync(cancellationToken)).TimeZone;
        var now = clock.GetUtcNow().UtcDateTime;
        var items = await db.BreakingNews.AsNoTracking().Where(b => b.ExpiresAt == null || b.ExpiresAt > now)
            .OrderByDescending(b => b.StartsAt).Take(200).ToListAsync(cancellationToken);
        Live = items.Where(b => b.IsLive(now)).ToList();
        Upcoming = items.Where(b => b.StartsAt > now).OrderBy(b => b.StartsAt).ToList();
        Ended = await db.BreakingNews.AsNoTracking().Where(b => b.ExpiresAt <= now)
            .OrderByDescending(b => b.ExpiresAt).Take(50).ToListAsync(cancellationToken);
    }
}
