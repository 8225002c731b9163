namespace Dateline.Stories;

/// <summary>An ongoing story; its articles form a timeline on /story/{slug}.</summary>
public sealed class Story
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string? Summary { get; set; }
    public DateTime CreatedAt { get; set; }

    public string Url => "/story/" + Slug;
}
