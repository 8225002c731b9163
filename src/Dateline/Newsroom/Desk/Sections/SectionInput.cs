using System.ComponentModel.DataAnnotations;
using Dateline.Sections;

namespace Dateline.Newsroom.Desk.Sections;

/// <summary>What the section form posts. Limits match the columns.</summary>
public sealed class SectionInput
{
    [Required(ErrorMessage = "Please give the section's name.")]
    [StringLength(200, ErrorMessage = "A section's name can be at most 200 characters.")]
    public string? Name { get; set; }

    /// <summary>Left empty, the slug is made from the name.</summary>
    [StringLength(200, ErrorMessage = "A slug can be at most 200 characters.")]
    public string? Slug { get; set; }

    [StringLength(2000, ErrorMessage = "A description can be at most 2,000 characters.")]
    public string? Description { get; set; }

    public int? ParentId { get; set; }

    public static SectionInput From(Section section) => new()
    {
        Name = section.Name,
        Slug = section.Slug,
        Description = section.Description,
        ParentId = section.ParentId,
    };
}
