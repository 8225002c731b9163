using Dateline.Media;

namespace Dateline.Authors;

/// <summary>A journalist's public profile. Deliberately holds nothing private.</summary>
public sealed class Author
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? JobTitle { get; set; }
    public string? Bio { get; set; }
    public string? Location { get; set; }

    /// <summary>Profile links (a website, a social account), one absolute URL per line.</summary>
    public string? Links { get; set; }
    public int? PhotoId { get; set; }
    public MediaItem? Photo { get; set; }

    public string Url => "/author/" + Slug;
}
