using Dateline.Articles;

namespace Dateline.Newsroom.Articles;

/// <summary>What the editor shows when a save was refused because someone else saved first: their text beside yours.</summary>
public sealed record ArticleConflict(Article Theirs, ArticleRevision? LastSave, ArticleInput Yours)
{
    public IReadOnlyList<TextDiff.Line> HeadlineDiff => TextDiff.Compare(Theirs.Headline, Yours.Headline ?? "");
    public IReadOnlyList<TextDiff.Line> StandfirstDiff => TextDiff.Compare(Theirs.Standfirst ?? "", Yours.Standfirst ?? "");
    public IReadOnlyList<TextDiff.Line> BodyDiff => TextDiff.Compare(TextDiff.Readable(Theirs.BodyHtml), TextDiff.Readable(Yours.BodyHtml ?? ""));
}
