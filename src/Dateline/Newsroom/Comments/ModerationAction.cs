using Dateline.Comments;

namespace Dateline.Newsroom.Comments;

/// <summary>
/// What a moderator can do to a comment, and from which states: an action posted for a comment in any other state
/// leaves it alone, so a stale page or a forged request cannot, say, delete a comment that is not in the trash.
/// Done is the counted notice's label (Site/Plurals): "{0} comments approved." and its "|one" form.
/// </summary>
public sealed record ModerationAction(string Name, string Label, string Done, ModerationStatus[] From, ModerationStatus? To)
{
    public static readonly ModerationAction Approve = new("approve", "Approve", "{0} comments approved.", [ModerationStatus.Pending], ModerationStatus.Approved);
    public static readonly ModerationAction Unapprove = new("unapprove", "Unapprove", "{0} comments sent back to pending.", [ModerationStatus.Approved], ModerationStatus.Pending);
    public static readonly ModerationAction Spam = new("spam", "Mark as spam", "{0} comments marked as spam.", [ModerationStatus.Pending, ModerationStatus.Approved], ModerationStatus.Spam);
    public static readonly ModerationAction Trash = new(
        "trash", "Move to the trash", "{0} comments moved to the trash.", [ModerationStatus.Pending, ModerationStatus.Approved, ModerationStatus.Spam], ModerationStatus.Trash);
    public static readonly ModerationAction Restore = new("restore", "Restore", "{0} comments restored to pending.", [ModerationStatus.Spam, ModerationStatus.Trash], ModerationStatus.Pending);

    /// <summary>The one way out of the database, and only from the trash: a comment is binned before it is gone.</summary>
    public static readonly ModerationAction Delete = new("delete", "Delete permanently", "{0} comments deleted permanently.", [ModerationStatus.Trash], null);

    public static IReadOnlyList<ModerationAction> All { get; } = [Approve, Unapprove, Spam, Trash, Restore, Delete];

    public static ModerationAction? Parse(string? name) => All.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The actions a tab offers: those that apply to the comments it lists.</summary>
    public static IEnumerable<ModerationAction> OfferedOn(ModerationStatus tab) => All.Where(a => a.From.Contains(tab));
}
