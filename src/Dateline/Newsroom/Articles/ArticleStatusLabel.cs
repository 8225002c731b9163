using Dateline.Articles;

namespace Dateline.Newsroom.Articles;

/// <summary>The newsroom's words for an article's state.</summary>
public static class ArticleStatusLabel
{
    public static string For(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "Draft",
        ArticleStatus.PendingReview => "Pending review",
        ArticleStatus.Scheduled => "Scheduled",
        ArticleStatus.Published => "Published",
        ArticleStatus.Unpublished => "Unpublished",
        _ => status.ToString(),
    };
}
