namespace Dateline.Site;

/// <summary>What a page tells the layout for its &lt;head&gt;: title, description, canonical path.</summary>
public interface IPageHead
{
    string? Title { get; }
    string? Description { get; }
    string? CanonicalPath { get; }
}
