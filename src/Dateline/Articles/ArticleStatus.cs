namespace Dateline.Articles;

public enum ArticleStatus
{
    Draft = 0,
    PendingReview = 1,
    Scheduled = 2,
    Published = 3,
    Unpublished = 4,
}
