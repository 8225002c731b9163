namespace Dateline.WordPress;

public enum WordPressKind
{
    Author = 0,
    Category = 1,
    Tag = 2,
    Post = 3,
    Page = 4,
    Attachment = 5,
    Comment = 6,
    MenuItem = 7,
}
