namespace Dateline.Newsroom.Articles;

/// <summary>One field's side-by-side comparison, as _Diff.cshtml renders it.</summary>
public sealed record DiffView(string Field, string LeftLabel, string RightLabel, IReadOnlyList<TextDiff.Line> Lines)
{
    public bool HasChanges => Lines.Any(l => l.Kind != TextDiff.Change.Same);
}
