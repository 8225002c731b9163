using System.Text.RegularExpressions;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Dateline.Newsroom.Articles;

/// <summary>Side-by-side comparison of two texts, line by line, for revisions and edit conflicts.</summary>
public static partial class TextDiff
{
    public enum Change { Same, Removed, Added, Changed, Empty }

    /// <summary>One row of the side-by-side view: the old line on the left, the new on the right.</summary>
    public sealed record Line(string? Left, string? Right, Change Kind);

    public static IReadOnlyList<Line> Compare(string before, string after)
    {
        var model = SideBySideDiffBuilder.Diff(before, after, ignoreWhiteSpace: false);
        return model.OldText.Lines.Zip(model.NewText.Lines, (left, right) => new Line(
            left.Type == ChangeType.Imaginary ? null : left.Text,
            right.Type == ChangeType.Imaginary ? null : right.Text,
            (left.Type, right.Type) switch
            {
                (ChangeType.Unchanged, _) => Change.Same,
                (ChangeType.Imaginary, _) => Change.Added,
                (_, ChangeType.Imaginary) => Change.Removed,
                _ => Change.Changed,
            })).ToList();
    }

    /// <summary>Body HTML with one block element per line, so a diff shows paragraphs rather than one long line.</summary>
    public static string Readable(string html) => BlockEnd().Replace(html, "$0\n").Replace("\n\n", "\n").Trim();

    [GeneratedRegex("</(p|h[2-6]|li|blockquote|figure|table|tr|ul|ol|pre)>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();
}
