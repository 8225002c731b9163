using Dateline.Comments;
using Dateline.Data;
using Dateline.Sections;
using Dateline.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Articles;

/// <summary>
/// The article page: everything in DESIGN.md's anatomy, for published articles only. The newsroom's preview shows any
/// state of an article through the same page, so it is exactly what readers will see.
/// </summary>
public sealed class ShowModel(DatelineDb db, TimeProvider clock) : PageModel, IPageHead
{
    /// <summary>The preview's address (added to this page by NewsroomSite); only members who may edit the article see it.</summary>
    public const string PreviewRoute = "admin/articles/{id:int}/preview";

    public Article Article { get; private set; } = null!;
    public IReadOnlyList<Section> Breadcrumb { get; private set; } = [];
    public IReadOnlyList<CheckAlso.Pick> CheckAlso { get; private set; } = [];
    public IReadOnlyList<CommentThread> Comments { get; private set; } = [];
    public int CommentCount { get; private set; }
    public string BodyHtml { get; private set; } = "";

    public string? Title => Article.SeoTitle ?? Article.Headline;
    public string? Description => Article.SeoDescription ?? Article.Standfirst;
    public string? CanonicalPath => IsPreview ? null : Article.Path;

    public bool IsPreview { get; private set; }

    [BindProperty]
    public CommentInput Input { get; set; } = new();

    public bool CommentHeld { get; private set; }

    public bool CommentsOpen { get; private set; }

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public Task<IActionResult> OnGetAsync(string? slug, int? id, bool held, CancellationToken cancellationToken)
    {
        CommentHeld = held;
        return id is { } previewId ? PreviewAsync(previewId, cancellationToken) : LoadAsync(slug ?? "", cancellationToken);
    }

    // Every comment is held for moderation until the moderation issue brings policies; nothing typed is lost on an error.
    public async Task<IActionResult> OnPostCommentAsync(string slug, CancellationToken cancellationToken)
    {
        var page = await LoadAsync(slug, cancellationToken);
        if (page is not PageResult || !CommentsOpen)
        {
            return page is PageResult ? StatusCode(StatusCodes.Status403Forbidden) : page;
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return page;
        }

        // The site's moderation setting: hold everyone, or (WordPress's default) only those without an approved comment.
        var email = Input.Email!.Trim();
        var moderation = await db.SiteSettings.Select(s => s.CommentModeration).FirstOrDefaultAsync(cancellationToken);
        var known = moderation == CommentModeration.HoldFirstTimeCommenters
            && await db.Comments.AnyAsync(c => c.AuthorEmail == email && c.Status == ModerationStatus.Approved, cancellationToken);
        db.Comments.Add(new Comment
        {
            ArticleId = Article.Id,
            AuthorName = Input.Name!.Trim(),
            AuthorEmail = email,
            AuthorUrl = string.IsNullOrWhiteSpace(Input.Website) ? null : Input.Website.Trim(),
            Body = Input.Comment!.Trim(),
            Status = known ? ModerationStatus.Approved : ModerationStatus.Pending,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            IpAddress = HttpContext.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return known
            ? Redirect(LocalUrl.ForHeader(Article.Path) + "#comments")
            : Redirect(LocalUrl.ForHeader(Article.Path + "?held=true") + "#reply-title");
    }

    private async Task<IActionResult> PreviewAsync(int id, CancellationToken cancellationToken)
    {
        var member = Newsroom.NewsroomMember.From(User);
        var article = await WithEverything(db.Articles.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (member is null || article is null || !article.CanBeEditedBy(member))
        {
            return member is null ? Challenge() : NotFound();
        }

        IsPreview = true;
        return await ShowAsync(article, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

    private static IQueryable<Article> WithEverything(IQueryable<Article> articles) => articles.AsSplitQuery()
        .Include(a => a.PrimarySection)
        .Include(a => a.Tags.OrderBy(t => t.Name))
        .Include(a => a.Bylines.OrderBy(b => b.Position)).ThenInclude(b => b.Author)
        .Include(a => a.FeaturedImage)
        .Include(a => a.SocialImage)
        .Include(a => a.Story)
        .Include(a => a.Corrections.OrderBy(c => c.PublishedAt));

    // The date in the URL only has to be right for readers: CanonicalPathFilter answers 301 when it is not.
    private async Task<IActionResult> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var article = await WithEverything(db.Articles.AsNoTracking()).Published(now)
            .FirstOrDefaultAsync(a => a.Slug == slug.ToLowerInvariant(), cancellationToken);
        return article is null ? NotFound() : await ShowAsync(article, now, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Article article, DateTime now, CancellationToken cancellationToken)
    {
        Article = article;
        BodyHtml = DatelineOpening.Insert(article.BodyHtml, article.DatelinePlace);
        Breadcrumb = await db.Sections.AsNoTracking().Trail(article.PrimarySection.Path, cancellationToken);
        CheckAlso = await Articles.CheckAlso.FindAsync(db, article, now, 1, cancellationToken);
        (Comments, CommentCount) = await CommentThread.LoadApprovedAsync(db, article.Id, cancellationToken);
        var closeAfterDays = await db.SiteSettings.Select(s => s.CommentsCloseAfterDays).FirstOrDefaultAsync(cancellationToken);
        CommentsOpen = article.AreCommentsOpen(now, closeAfterDays);
        return Page();
    }
}
