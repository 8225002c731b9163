using System.ComponentModel.DataAnnotations;
using Dateline.Articles;
using Dateline.StaticPages;

namespace Dateline.Newsroom.Desk.Pages;

/// <summary>What the standing-page form posts. Limits match the columns.</summary>
public sealed class StaticPageInput
{
    [Required(ErrorMessage = "Please give the page's title.")]
    [StringLength(500, ErrorMessage = "A title can be at most 500 characters.")]
    public string? Title { get; set; }

    [StringLength(200, ErrorMessage = "A slug can be at most 200 characters.")]
    public string? Slug { get; set; }

    [StringLength(ArticleBody.MaxLength, ErrorMessage = "The body can be at most 2 MB of HTML.")]
    public string? BodyHtml { get; set; }

    public bool IsPublished { get; set; }

    [Range(0, 10_000, ErrorMessage = "The position is a whole number from 0 to 10,000.")]
    public int Position { get; set; }

    public static StaticPageInput From(StaticPage page) => new()
    {
        Title = page.Title,
        Slug = page.Slug,
        BodyHtml = page.BodyHtml,
        IsPublished = page.IsPublished,
        Position = page.Position,
    };
}
