namespace Dateline.Articles;

public enum CommentStatus
{
    Open = 0,
    Closed = 1,
}
