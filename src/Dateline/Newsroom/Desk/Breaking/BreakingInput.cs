using System.ComponentModel.DataAnnotations;

namespace Dateline.Newsroom.Desk.Breaking;

/// <summary>What the breaking-news form posts. Times are local to the site's time zone, from datetime-local fields.</summary>
public sealed class BreakingInput
{
    [Required(ErrorMessage = "Please write the line for the ticker.")]
    [StringLength(500, ErrorMessage = "A ticker line can be at most 500 characters.")]
    public string? Text { get; set; }

    [StringLength(1000, ErrorMessage = "A link can be at most 1,000 characters.")]
    public string? Url { get; set; }

    /// <summary>Empty means now.</summary>
    public DateTime? StartsAt { get; set; }

    /// <summary>Empty means it stays until someone ends it.</summary>
    public DateTime? ExpiresAt { get; set; }
}
