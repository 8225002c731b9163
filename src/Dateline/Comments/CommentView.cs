namespace Dateline.Comments;

/// <summary>A comment as the article page draws it: the thread, and where "Reply" leads (null when comments are closed).</summary>
public sealed record CommentView(CommentThread Thread, string? ReplyPath);
