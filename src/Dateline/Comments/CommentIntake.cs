using Dateline.Articles;
using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Comments;

/// <summary>
/// Takes a reader's comment in: the honeypot and signed-time checks, the reply's parent, flood limits, duplicates, then
/// the site's moderation policy decides where it goes. Refusals say why and hand the text back; nothing a person wrote is
/// dropped without a message (spam is filed where moderators can still see it).
/// </summary>
public sealed class CommentIntake(
    DatelineDb db, FormStamp stamps, CommentRateLimits limits, HeldComments held, HeldCommentMail mail, TimeProvider clock)
{
    public sealed record Outcome(Comment? Saved, int StatusCode, string? Problem = null, TimeSpan? RetryAfter = null);

    public async Task<Outcome> TakeAsync(Article article, CommentInput input, HttpContext context, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(input.Address))
        {
            return new(null, StatusCodes.Status422UnprocessableEntity,
                "A field that must stay empty was filled in (browsers' autofill sometimes does this); please empty it and send again.");
        }

        if (stamps.Problem(input.Stamp) is { } stale)
        {
            return new(null, StatusCodes.Status422UnprocessableEntity, stale);
        }

        var sender = context.Connection.RemoteIpAddress;
        var submission = CommentSubmission.From(input, sender);
        if (submission.Body.Length == 0 || submission.Name.Length == 0)
        {
            return new(null, StatusCodes.Status422UnprocessableEntity, "Please write a comment and your name in letters we can show.");
        }

        if (input.ParentId is { } parentId && !await db.Comments.AnyAsync(
                c => c.Id == parentId && c.ArticleId == article.Id && c.Status == ModerationStatus.Approved, cancellationToken)
            && !held.Read(context.Request).Contains(parentId))
        {
            return new(null, StatusCodes.Status422UnprocessableEntity, "The comment you replied to is no longer shown; your reply can be posted on its own.");
        }

        if (limits.Wait(sender?.ToString(), submission.Email) is { } wait)
        {
            return new(null, StatusCodes.Status429TooManyRequests,
                $"You are commenting faster than we can take; please wait {Math.Ceiling(wait.TotalSeconds):0} seconds and send again.", wait);
        }

        if (await db.Comments.AnyAsync(c => c.ArticleId == article.Id && c.AuthorEmail == submission.Email && c.Body == submission.Body
                && c.Status != ModerationStatus.Trash, cancellationToken))
        {
            return new(null, StatusCodes.Status409Conflict, "You have already posted this comment here.");
        }

        var settings = await db.SiteSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new Site.SiteSettings();
        var known = await db.Comments.AnyAsync(c => c.AuthorEmail == submission.Email && c.Status == ModerationStatus.Approved, cancellationToken);
        var decision = CommentPolicy.Decide(submission, settings, article.Story?.CommentModeration, known);
        var comment = new Comment
        {
            ArticleId = article.Id,
            ParentId = input.ParentId,
            AuthorName = submission.Name,
            AuthorEmail = submission.Email,
            AuthorUrl = submission.Website,
            Body = submission.Body,
            Status = decision.Status,
            ModerationNote = decision.Reason,
            SpamScore = SpamScore.Of(submission),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            IpHash = await CommenterAddress.HashAsync(db, sender, cancellationToken),
        };
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);

        if (comment.Status != ModerationStatus.Approved)
        {
            held.Remember(context, comment.Id);
        }

        if (comment.Status == ModerationStatus.Pending && settings.NotifyHeldComments)
        {
            await mail.SendAsync(article, comment, context.Request, cancellationToken);
        }

        return new(comment, StatusCodes.Status303SeeOther);
    }
}
