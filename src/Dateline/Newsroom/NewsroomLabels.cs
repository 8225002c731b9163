namespace Dateline.Newsroom;

/// <summary>
/// Marker for the newsroom's labels' resources (NewsroomLabels.fa.resx …). As with the reader labels, the English
/// text is the key, so a label with no translation shows exactly the words written in the view.
/// </summary>
public sealed class NewsroomLabels;
