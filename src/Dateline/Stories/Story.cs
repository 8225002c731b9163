namespace Dateline.Stories;

/// <summary>An ongoing story; its articles form a timeline on /story/{slug}.</summary>
public sealed class Story
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string? Summary { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Overrides the site's comment moderation for the story's articles (a contested story may hold every comment).</summary>
    public Comments.CommentModeration? CommentModeration { get; set; }

    public string Url => "/story/" + Slug;
}
