namespace Dateline.StaticPages;

/// <summary>A standing page such as About or Contact, served at /{slug}.</summary>
public sealed class StaticPage
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string BodyHtml { get; set; } = "";
    public bool IsPublished { get; set; } = true;
    public DateTime UpdatedAt { get; set; }
    public int Position { get; set; }

    public string Url => "/" + Slug;
}
