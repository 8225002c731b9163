using Dateline.Articles;
using Dateline.Data;
using Dateline.Hosting;
using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dateline.Comments;

/// <summary>
/// Tells the article's authors and the moderators (Editors, Administrators) that a comment waits for them. The mail names
/// the commenter and quotes the comment, but never carries the commenter's email or address: those stay on the server.
/// A mail server that fails costs a log line, never the reader's comment. Written in the language of the edition the
/// comment came through, as the newsroom's other mail is in the language of the request that sends it.
/// </summary>
public sealed class HeldCommentMail(
    DatelineDb db, NewsroomMail mail, DatelineOptions options, IStringLocalizer<NewsroomLabels> labels, ILogger<HeldCommentMail> logger)
{
    public async Task SendAsync(Article article, Comment comment, HttpRequest request, CancellationToken cancellationToken)
    {
        var authorIds = article.Bylines.Select(b => b.AuthorId).ToList();
        var moderatorRoles = new[] { "editor", "administrator" };
        var moderatorIds = db.UserRoles.Where(r => moderatorRoles.Contains(r.RoleId)).Select(r => r.UserId);
        var members = await db.Users.AsNoTracking()
            .Where(u => u.Email != null && (u.AuthorId != null && authorIds.Contains(u.AuthorId.Value) || moderatorIds.Contains(u.Id)))
            .Select(u => new { u.Email, u.LockoutEnd }).Take(200).ToListAsync(cancellationToken);
        // Locked-out members get no mail; the lockout is compared here because SQLite cannot order DateTimeOffset values.
        var recipients = members.Where(m => m.LockoutEnd is null || m.LockoutEnd < DateTimeOffset.UtcNow).Select(m => m.Email!).Distinct().Take(50).ToList();
        var excerpt = comment.Body.Length > 500 ? comment.Body[..500] + "…" : comment.Body;
        var reason = comment.ModerationNote is { } note ? labels[note].Value : "";
        var text = $"{labels["A comment by {0} on \"{1}\" waits for moderation ({2}).", comment.AuthorName, article.Headline, reason]}\n\n" +
                   $"{excerpt}\n\n{labels["Review it here: {0}", options.PublicRoot(request) + "/admin/comments"]}\n";
        foreach (var recipient in recipients)
        {
            try
            {
                await mail.SendAsync(recipient, labels["Comment waiting: {0}", article.Headline], text, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("The held-comment notice for comment {Id} could not be sent: {Reason}", comment.Id, e.GetBaseException().Message);
                return;
            }
        }
    }
}
