namespace Dateline.Site;

/// <summary>
/// Marker for the reader-facing labels' resources. The English text is the key, so a label with no
/// translation shows exactly the words written in the view ("Check Also", "Leave a Reply").
/// </summary>
public sealed class Labels;
