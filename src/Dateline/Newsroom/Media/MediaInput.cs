using System.ComponentModel.DataAnnotations;
using Dateline.Media;

namespace Dateline.Newsroom.Media;

/// <summary>A picture's words. Alt text may wait until the picture is used: the pickers only offer pictures that have it.</summary>
public sealed class MediaInput
{
    [StringLength(1000, ErrorMessage = "Alt text can be at most 1,000 characters.")]
    public string? AltText { get; set; }

    [StringLength(2000, ErrorMessage = "A caption can be at most 2,000 characters.")]
    public string? Caption { get; set; }

    [StringLength(300, ErrorMessage = "A credit can be at most 300 characters.")]
    public string? Credit { get; set; }

    public static MediaInput From(MediaItem item) => new() { AltText = item.AltText, Caption = item.Caption, Credit = item.Credit };

    public void ApplyTo(MediaItem item)
    {
        item.AltText = AltText?.Trim() ?? "";
        item.Caption = string.IsNullOrWhiteSpace(Caption) ? null : Caption.Trim();
        item.Credit = string.IsNullOrWhiteSpace(Credit) ? null : Credit.Trim();
    }
}
