namespace Dateline.Comments;

public enum ModerationStatus
{
    Pending = 0,
    Approved = 1,
    Spam = 2,
    Trash = 3,
}
