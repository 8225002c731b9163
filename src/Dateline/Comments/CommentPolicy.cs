using Dateline.Site;

namespace Dateline.Comments;

/// <summary>
/// Decides where a new comment goes, in this order: spam keys → Spam; hold keys, more links than the limit, a doubtful
/// spam score → held; then the moderation setting (the story's, else the site's): hold everyone, or hold only commenters
/// without an approved comment. Every decision says why, for the moderation queue.
/// </summary>
public static class CommentPolicy
{
    public sealed record Decision(ModerationStatus Status, string Reason);

    public static Decision Decide(CommentSubmission submission, SiteSettings settings, CommentModeration? storyModeration, bool hasApprovedComment)
    {
        if (new ModerationKeys(settings.CommentSpamKeys).Match(submission) is { } spamKey)
        {
            return new(ModerationStatus.Spam, $"matches the spam key \"{spamKey}\"");
        }

        if (new ModerationKeys(settings.CommentHoldKeys).Match(submission) is { } holdKey)
        {
            return new(ModerationStatus.Pending, $"matches the moderation key \"{holdKey}\"");
        }

        var links = SpamScore.Links(submission.Body);
        if (links > settings.CommentLinkLimit)
        {
            return new(ModerationStatus.Pending, $"has {links} links (the limit is {settings.CommentLinkLimit})");
        }

        if (SpamScore.Of(submission) >= SpamScore.Doubtful)
        {
            return new(ModerationStatus.Pending, "looks doubtful");
        }

        return (storyModeration ?? settings.CommentModeration) switch
        {
            CommentModeration.HoldAll => new(ModerationStatus.Pending, "every comment is moderated"),
            _ when !hasApprovedComment => new(ModerationStatus.Pending, "first comment from this address"),
            _ => new(ModerationStatus.Approved, "known commenter"),
        };
    }
}
