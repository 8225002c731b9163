using System.ComponentModel.DataAnnotations;
using Dateline.Site;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Dateline.Newsroom.Desk.Menu;

/// <summary>What a menu item's form posts: a label and where it leads, a path on this site or an http(s) address.</summary>
public sealed class MenuInput
{
    [Required(ErrorMessage = "Please give the item's label.")]
    [StringLength(200, ErrorMessage = "A label can be at most 200 characters.")]
    public string? Label { get; set; }

    [Required(ErrorMessage = "Please give the address the item leads to.")]
    [StringLength(1000, ErrorMessage = "An address can be at most 1,000 characters.")]
    public string? Url { get; set; }

    /// <summary>Readers' pages drop unsafe links anyway (SiteChrome); refusing them here tells the editor why.</summary>
    public bool Check(ModelStateDictionary errors)
    {
        if (Url?.Trim() is { Length: > 0 } url && !LocalUrl.IsSafeLink(url))
        {
            errors.AddModelError("Input.Url", "An address is a path on this site (/category/world) or starts with https:// or http://.");
        }

        return errors.IsValid;
    }
}
