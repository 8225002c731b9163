using System.ComponentModel.DataAnnotations;
using Dateline.Authors;

namespace Dateline.Newsroom.Desk.Authors;

/// <summary>What the author form posts. Limits match the columns.</summary>
public sealed class AuthorInput
{
    [Required(ErrorMessage = "Please give the author's name.")]
    [StringLength(200, ErrorMessage = "A name can be at most 200 characters.")]
    public string? Name { get; set; }

    [StringLength(200, ErrorMessage = "A slug can be at most 200 characters.")]
    public string? Slug { get; set; }

    [StringLength(200, ErrorMessage = "A job title can be at most 200 characters.")]
    public string? JobTitle { get; set; }

    [StringLength(4000, ErrorMessage = "A biography can be at most 4,000 characters.")]
    public string? Bio { get; set; }

    [StringLength(200, ErrorMessage = "A location can be at most 200 characters.")]
    public string? Location { get; set; }

    [StringLength(2000, ErrorMessage = "The links can be at most 2,000 characters in all.")]
    public string? Links { get; set; }

    public int? PhotoId { get; set; }

    public const string NotAnAddress = "\"{0}\" is not a web address; each line must be one address starting with https:// or http://.";

    public static AuthorInput From(Author author) => new()
    {
        Name = author.Name,
        Slug = author.Slug,
        JobTitle = author.JobTitle,
        Bio = author.Bio,
        Location = author.Location,
        Links = author.Links,
        PhotoId = author.PhotoId,
    };

    /// <summary>
    /// The links one to a line, or the first line that is not an absolute http(s) address (shortened to show in the
    /// message <see cref="NotAnAddress"/>): readers' pages link to them, so "javascript:" and the like must never get in.
    /// </summary>
    public (IReadOnlyList<string> Links, string? BadLine) CheckLinks()
    {
        var lines = (Links ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var line in lines)
        {
            if (!Uri.TryCreate(line, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || line.Any(char.IsWhiteSpace))
            {
                return ([], line.Length > 60 ? line[..60] + "…" : line);
            }
        }

        return (lines, null);
    }
}
