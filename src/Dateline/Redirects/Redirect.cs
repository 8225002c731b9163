namespace Dateline.Redirects;

/// <summary>An old path (a changed slug, an imported site's URL) that answers 301 with the new one.</summary>
public sealed class Redirect
{
    public const int MaxPathLength = 2000;

    public int Id { get; set; }
    public required string FromPath { get; set; }
    public required string ToPath { get; set; }
    public DateTime CreatedAt { get; set; }
}
