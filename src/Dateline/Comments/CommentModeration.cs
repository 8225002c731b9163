namespace Dateline.Comments;

/// <summary>Which new comments wait for an editor before readers see them (a site setting).</summary>
public enum CommentModeration
{
    /// <summary>WordPress's default: a commenter without an earlier approved comment is held.</summary>
    HoldFirstTimeCommenters = 0,
    HoldAll = 1,
}
