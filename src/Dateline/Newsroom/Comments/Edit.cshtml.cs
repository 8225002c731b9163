using System.ComponentModel.DataAnnotations;
using Dateline.Articles;
using Dateline.Comments;
using Dateline.Data;
using Dateline.Newsroom.Desk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Comments;

/// <summary>
/// One comment: a moderator corrects its name, website, text or state (the comment then records who edited it and
/// when), or answers it as staff: the reply is published at once under the member's own name.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Desk)]
public sealed class EditModel(DatelineDb db, TimeProvider clock) : DeskPage
{
    public override string Title => "Comment by {0}";

    public override object[] TitleArguments => [Comment.AuthorName];

    public sealed class EditInput
    {
        [Required(ErrorMessage = "Please give the commenter's name.")]
        [StringLength(CommentInput.MaxName, ErrorMessage = "A name can be at most 245 characters.")]
        public string? Name { get; set; }

        [StringLength(CommentInput.MaxWebsite, ErrorMessage = "A website address can be at most 200 characters.")]
        [Url(ErrorMessage = "Please give a website address starting with http:// or https://.")]
        public string? Website { get; set; }

        [Required(ErrorMessage = "Please keep some text in the comment; to remove it, move it to the trash.")]
        [StringLength(CommentInput.MaxComment, ErrorMessage = "A comment can be at most 65,525 characters.")]
        public string? Body { get; set; }

        public ModerationStatus Status { get; set; }
    }

    [BindProperty]
    public EditInput Input { get; set; } = new();

    public Comment Comment { get; private set; } = null!;
    public string Headline { get; private set; } = "";
    public string ArticlePath { get; private set; } = "";
    public string? ParentAuthor { get; private set; }
    public string? Reply { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? notice, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Notice = notice;
        Input = new EditInput { Name = Comment.AuthorName, Website = Comment.AuthorUrl, Body = Comment.Body, Status = Comment.Status };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!Enum.IsDefined(Input.Status))
        {
            ModelState.AddModelError("Input.Status", "Choose one of the states.");
        }

        // Cleaned as a reader's comment is (control characters out, ends trimmed), so the edit is stored as readers' are.
        var cleaned = CommentSubmission.From(new CommentInput { Comment = Input.Body ?? "", Name = Input.Name ?? "", Email = "", Website = Input.Website }, null);
        if (ModelState.IsValid && (cleaned.Body.Length == 0 || cleaned.Name.Length == 0))
        {
            ModelState.AddModelError(cleaned.Body.Length == 0 ? "Input.Body" : "Input.Name", "Please write it in letters readers can see.");
        }

        if (!ModelState.IsValid)
        {
            return Unprocessable();
        }

        Comment.AuthorName = cleaned.Name;
        Comment.AuthorUrl = cleaned.Website;
        Comment.Body = cleaned.Body;
        Comment.Status = Input.Status;
        Comment.EditedAt = clock.GetUtcNow().UtcDateTime;
        Comment.StaffUserId = NewsroomMember.From(User)!.Id;
        await db.SaveChangesAsync(cancellationToken);
        return Done($"{IndexModel.Path}/{id}", "The comment is saved.");
    }

    public async Task<IActionResult> OnPostReplyAsync(int id, string? reply, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new EditInput { Name = Comment.AuthorName, Website = Comment.AuthorUrl, Body = Comment.Body, Status = Comment.Status };
        Reply = reply;
        var member = NewsroomMember.From(User)!;
        var email = await db.Users.Where(u => u.Id == member.Id).Select(u => u.Email).SingleAsync(cancellationToken) ?? "";
        var text = CommentSubmission.From(new CommentInput { Comment = reply ?? "", Name = member.Name, Email = email }, null);
        if (text.Body.Length == 0 || text.Body.Length > CommentInput.MaxComment)
        {
            ModelState.AddModelError("reply", text.Body.Length == 0 ? "Please write your reply." : "A reply can be at most 65,525 characters.");
        }
        else if (email.Length > CommentInput.MaxEmail)
        {
            ModelState.AddModelError("reply", "Your account's email address is longer than a comment can hold; change it on your account page.");
        }

        if (!ModelState.IsValid)
        {
            return Unprocessable();
        }

        var staffReply = new Comment
        {
            ArticleId = Comment.ArticleId,
            ParentId = Comment.Id,
            AuthorName = text.Name,
            AuthorEmail = email,
            Body = text.Body,
            Status = ModerationStatus.Approved,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            StaffUserId = member.Id,
        };
        db.Comments.Add(staffReply);
        await db.SaveChangesAsync(cancellationToken);
        return Done($"{IndexModel.Path}/{staffReply.Id}", "Your reply is published.");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Comments.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } comment)
        {
            return false;
        }

        Comment = comment;
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == comment.ArticleId)
            .Select(a => new { a.Headline, a.Slug, a.Status, Published = a.PublishedAt ?? a.CreatedAt }).SingleAsync(cancellationToken);
        Headline = article.Headline;
        ArticlePath = IndexModel.ArticleAddress(comment.ArticleId, article.Status, article.Published, article.Slug);
        ParentAuthor = comment.ParentId is { } parentId
            ? await db.Comments.Where(c => c.Id == parentId).Select(c => c.AuthorName).FirstOrDefaultAsync(cancellationToken)
            : null;
        return true;
    }
}
