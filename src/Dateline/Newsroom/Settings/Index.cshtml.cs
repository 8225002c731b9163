using System.Globalization;
using Dateline.Data;
using Dateline.Newsroom.Articles;
using Dateline.Newsroom.Desk;
using Dateline.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Settings;

/// <summary>Administrators set the site's name, tagline, language, time zone, logo, comment rules and what feeds carry.</summary>
[Authorize(Policy = NewsroomPolicies.Administration)]
public sealed class IndexModel(DatelineDb db) : DeskPage
{
    public const string Path = "/admin/settings";

    public override string Title => "Settings";

    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public IReadOnlyList<EditorChoices.Option> Images { get; private set; } = [];

    public IReadOnlyList<(string Id, string Label)> TimeZones { get; private set; } = [];

    public async Task OnGetAsync(string? notice, CancellationToken cancellationToken)
    {
        Notice = notice;
        Input = SettingsInput.From(await db.SiteSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new SiteSettings());
        await LoadChoicesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            ModelState.AddModelError("Input.TimeZone", "Choose a time zone from the list.");
        }

        if (Input.LogoId is { } logo && !await ImageChoices.IsUsableAsync(db, logo, cancellationToken))
        {
            ModelState.AddModelError("Input.LogoId", "Choose an image from the media library that has alt text.");
        }

        var (days, problem) = Input.Days();
        if (problem is not null)
        {
            ModelState.AddModelError("Input.CommentsCloseAfterDays", problem);
        }

        if (!Enum.IsDefined(Input.CommentModeration))
        {
            ModelState.AddModelError("Input.CommentModeration", "Choose how new comments are moderated.");
        }

        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(cancellationToken);
            return Unprocessable();
        }

        var settings = await db.SiteSettings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new SiteSettings();
            db.SiteSettings.Add(settings);
        }

        settings.Name = Input.Name!.Trim();
        settings.Tagline = string.IsNullOrWhiteSpace(Input.Tagline) ? null : Input.Tagline.Trim();
        settings.Language = Input.Language!.Trim();
        settings.TimeZone = Input.TimeZone!;
        settings.LogoId = Input.LogoId;
        settings.CommentsCloseAfterDays = days;
        settings.CommentModeration = Input.CommentModeration;
        settings.CommentLinkLimit = Input.CommentLinkLimit;
        settings.CommentHoldKeys = string.IsNullOrWhiteSpace(Input.CommentHoldKeys) ? null : Input.CommentHoldKeys.Trim();
        settings.CommentSpamKeys = string.IsNullOrWhiteSpace(Input.CommentSpamKeys) ? null : Input.CommentSpamKeys.Trim();
        settings.CommentIpRetentionDays = Input.CommentIpRetentionDays;
        settings.NotifyHeldComments = Input.NotifyHeldComments;
        settings.FeedsCarryFullText = Input.FeedsCarryFullText;
        await db.SaveChangesAsync(cancellationToken);
        return Done(Path, "The settings are saved.");
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Images = await ImageChoices.LoadAsync(db, Input.LogoId, cancellationToken);
        // .NET names zones in the server's language, not the member's: another language gets the zone and its offset.
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var zones = TimeZoneInfo.GetSystemTimeZones()
            .Select(z => (z.Id, Label: english ? $"{z.Id} ({z.DisplayName})" : T["{0} (UTC{1})", z.Id, Offset(z.BaseUtcOffset)].Value)).ToList();
        // The zone the site has may be an alias the system list does not name ("UTC" beside "Etc/UTC"); keep it choosable.
        if (Input.TimeZone is { } current && zones.All(z => z.Id != current) && TimeZoneInfo.TryFindSystemTimeZoneById(current, out _))
        {
            zones.Insert(0, (current, current));
        }

        TimeZones = zones;
    }

    private static string Offset(TimeSpan offset) =>
        Numerals.Localize((offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture), CultureInfo.CurrentUICulture);
}
