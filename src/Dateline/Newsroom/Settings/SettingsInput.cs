using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Dateline.Comments;
using Dateline.Site;

namespace Dateline.Newsroom.Settings;

/// <summary>What the settings form posts. Limits match the columns; the rules a form cannot express are in <see cref="Check"/>.</summary>
public sealed class SettingsInput
{
    [Required(ErrorMessage = "Please give the site's name.")]
    [StringLength(200, ErrorMessage = "The site's name can be at most 200 characters.")]
    public string? Name { get; set; }

    [StringLength(500, ErrorMessage = "The tagline can be at most 500 characters.")]
    public string? Tagline { get; set; }

    [Required(ErrorMessage = "Please give the site's language.")]
    [StringLength(20, ErrorMessage = "A language code can be at most 20 characters.")]
    [RegularExpression("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", ErrorMessage = "The language is a code such as en, fa-AF or ps.")]
    public string? Language { get; set; }

    [Required(ErrorMessage = "Please choose the site's time zone.")]
    public string? TimeZone { get; set; }

    public int? LogoId { get; set; }

    /// <summary>Typed as text so that "ten" gets a plain message rather than a model-binding one.</summary>
    public string? CommentsCloseAfterDays { get; set; }

    public CommentModeration CommentModeration { get; set; }

    [Range(0, 100, ErrorMessage = "The link limit is a number from 0 to 100.")]
    public int CommentLinkLimit { get; set; } = 2;

    [StringLength(20000, ErrorMessage = "The moderation keys can be at most 20,000 characters.")]
    public string? CommentHoldKeys { get; set; }

    [StringLength(20000, ErrorMessage = "The spam keys can be at most 20,000 characters.")]
    public string? CommentSpamKeys { get; set; }

    [Range(1, 3650, ErrorMessage = "Addresses are kept from 1 to 3650 days.")]
    public int CommentIpRetentionDays { get; set; } = 60;

    public bool NotifyHeldComments { get; set; }

    public bool FeedsCarryFullText { get; set; }

    public static SettingsInput From(SiteSettings settings) => new()
    {
        Name = settings.Name,
        Tagline = settings.Tagline,
        Language = settings.Language,
        TimeZone = settings.TimeZone,
        LogoId = settings.LogoId,
        CommentsCloseAfterDays = settings.CommentsCloseAfterDays?.ToString(CultureInfo.InvariantCulture),
        CommentModeration = settings.CommentModeration,
        CommentLinkLimit = settings.CommentLinkLimit,
        CommentHoldKeys = settings.CommentHoldKeys,
        CommentSpamKeys = settings.CommentSpamKeys,
        CommentIpRetentionDays = settings.CommentIpRetentionDays,
        NotifyHeldComments = settings.NotifyHeldComments,
        FeedsCarryFullText = settings.FeedsCarryFullText,
    };

    /// <summary>The days after which comments close: null for never, or a problem to show next to the field.</summary>
    public (int? Days, string? Problem) Days()
    {
        if (string.IsNullOrWhiteSpace(CommentsCloseAfterDays))
        {
            return (null, null);
        }

        return int.TryParse(CommentsCloseAfterDays.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 3650
            ? (days, null)
            : (null, "Comments close after a whole number of days from 1 to 3650; leave it empty to keep them open.");
    }

    /// <summary>Plain words for each moderation rule, in the order the form offers them.</summary>
    public static IReadOnlyList<(CommentModeration Value, string Label)> Moderations { get; } =
    [
        (CommentModeration.HoldFirstTimeCommenters, "Hold comments from first-time commenters for review"),
        (CommentModeration.HoldAll, "Hold every comment for review"),
    ];
}
