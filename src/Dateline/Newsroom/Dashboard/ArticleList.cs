namespace Dateline.Newsroom.Dashboard;

/// <summary>One of the dashboard's lists, as _List.cshtml renders it.</summary>
public sealed record ArticleList(string Heading, string Id, IReadOnlyList<IndexModel.Row> Rows, string Empty);
