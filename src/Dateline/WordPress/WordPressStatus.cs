using Dateline.Articles;
using Dateline.Comments;

namespace Dateline.WordPress;

/// <summary>WordPress's post and comment statuses in Dateline's terms.</summary>
public static class WordPressStatus
{
    /// <summary>Null for what is not imported at all (trash, revisions' "inherit", auto-drafts nobody wrote).</summary>
    public static ArticleStatus? ForArticle(WxrItem item) => item.Status switch
    {
        // Dateline has no reader passwords: a protected post must not become public, so it waits unpublished.
        "publish" => item.HasPassword ? ArticleStatus.Unpublished : ArticleStatus.Published,
        "future" => ArticleStatus.Scheduled,
        "draft" => ArticleStatus.Draft,
        "pending" => ArticleStatus.PendingReview,
        "private" => ArticleStatus.Unpublished,
        _ => null,
    };

    /// <summary>Approved comments are shown; held ones wait for a moderator; spam and trash are never shown.</summary>
    public static ModerationStatus ForComment(string approved) => approved switch
    {
        "1" or "approve" or "approved" => ModerationStatus.Approved,
        "spam" => ModerationStatus.Spam,
        "trash" or "post-trashed" => ModerationStatus.Trash,
        _ => ModerationStatus.Pending,
    };
}
