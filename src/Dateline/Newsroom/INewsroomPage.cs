namespace Dateline.Newsroom;

/// <summary>A newsroom page model; the newsroom layout takes the page's title from it.</summary>
public interface INewsroomPage
{
    /// <summary>The title's English text, the key of its translation; "{0}" marks where an argument goes.</summary>
    string Title { get; }

    /// <summary>What fills the title's "{0}", "{1}": a headline, a name. Shown as typed, never translated.</summary>
    object[] TitleArguments => [];
}
