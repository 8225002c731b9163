namespace Dateline.Newsroom;

/// <summary>A newsroom page model; the newsroom layout takes the page's title from it.</summary>
public interface INewsroomPage
{
    string Title { get; }
}
