using Dateline.Caching;
using Dateline.Editions;
using Dateline.Comments;
using Dateline.Data;
using Dateline.Related;
using Dateline.Sections;
using Dateline.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dateline.Articles;

/// <summary>
/// The article page: everything in DESIGN.md's anatomy, for published articles only. The newsroom's preview shows any
/// state of an article through the same page, so it is exactly what readers will see.
/// </summary>
/// <remarks>
/// Stored in the shared reader cache, so the page carries nothing made for one reader: the comment form's stamp comes
/// from /comments/stamp (script) or with the first refusal (no script), and cross-site posts are refused by the
/// Origin and Sec-Fetch-Site headers instead of an antiforgery token (see OnPostCommentAsync).
/// </remarks>
[OutputCache(PolicyName = ReaderCache.PagesWithComments)]
[IgnoreAntiforgeryToken]
public sealed class ShowModel(DatelineDb db, TimeProvider clock, HeldComments held, FormStamp stamps, SiteChrome chrome, IStringLocalizer<Labels> labels)
    : PageModel, IPageHead
{
    /// <summary>The preview's address (added to this page by NewsroomSite); only members who may edit the article see it.</summary>
    public const string PreviewRoute = "admin/articles/{id:int}/preview";

    public Article Article { get; private set; } = null!;
    public IReadOnlyList<Section> Breadcrumb { get; private set; } = [];
    /// <summary>The stored related picks readers can see, best first: the first is "Check Also", the rest "Related".</summary>
    public IReadOnlyList<RelatedPicks.Pick> Related { get; private set; } = [];
    public IReadOnlyList<CommentThread> Comments { get; private set; } = [];
    public int CommentCount { get; private set; }
    public string BodyHtml { get; private set; } = "";

    /// <summary>This story in the site's editions, this article included; empty when it has no translation.</summary>
    public IReadOnlyList<Translations.Version> Translations { get; private set; } = [];

    public string? Title => Article.SeoTitle ?? Article.Headline;
    public string? Description => Article.SeoDescription ?? Article.Standfirst;
    public string? CanonicalPath => IsPreview ? null : Article.Path;
    public Media.MediaItem? ShareImage => Article.SocialImage ?? Article.FeaturedImage;

    public OpenGraphArticle? SharedArticle => new(
        Article.PublishedAt ?? Article.ScheduledFor ?? Article.CreatedAt,
        Article.UpdatedAt ?? Article.PublishedAt ?? Article.CreatedAt,
        Article.PrimarySection.Name,
        Article.Tags.Select(t => t.Name).ToList(),
        Article.Bylines.Select(b => b.Author.Url).ToList(),
        Article.Language);

    public IEnumerable<object> StructuredData(SiteChrome.Frame site, string origin) =>
    [
        ArticleStructuredData.For(Article, site, origin),
        ArticleStructuredData.Breadcrumb(Article, Breadcrumb, labels["Home"], origin),
    ];

    public bool IsPreview { get; private set; }

    [BindProperty]
    public CommentInput Input { get; set; } = new();

    public bool CommentsOpen { get; private set; }

    /// <summary>The comment being answered (from ?replyto=), shown above the form with a way to cancel.</summary>
    public CommentThread? ReplyingTo { get; private set; }

    /// <summary>The form's signed timestamp (see FormStamp), renewed on every render.</summary>
    public string Stamp { get; private set; } = "";

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public Task<IActionResult> OnGetAsync(string? slug, int? id, int? replyTo, CancellationToken cancellationToken)
    {
        Input.ParentId = replyTo;
        return id is { } previewId ? PreviewAsync(previewId, cancellationToken) : LoadAsync(slug ?? "", cancellationToken);
    }

    /// <summary>Posts a reader's comment through CommentIntake; on any refusal the page comes back with the text and the reason.</summary>
    public async Task<IActionResult> OnPostCommentAsync(
        string slug, [FromServices] CommentIntake intake, [FromServices] Hosting.DatelineOptions options, CancellationToken cancellationToken)
    {
        if (!SameSitePost.Allows(Request, options.PublicUrl))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

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

        var outcome = await intake.TakeAsync(Article, Input, HttpContext, cancellationToken);
        if (outcome.Saved is { } comment)
        {
            if (Input.Remember)
            {
                CommenterCookie.Remember(HttpContext, Input);
            }
            else
            {
                CommenterCookie.Forget(HttpContext);
            }

            return Redirect(LocalUrl.ForHeader(Article.Path) + $"#comment-{comment.Id}");
        }

        ModelState.AddModelError("", outcome.Problem!);
        if (ReplyingTo is null)
        {
            // The reply's comment is gone: the form that comes back posts the text on its own.
            Input.ParentId = null;
        }

        if (outcome.RetryAfter is { } wait)
        {
            Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Response.StatusCode = outcome.StatusCode;
        return page;
    }

    private async Task<IActionResult> PreviewAsync(int id, CancellationToken cancellationToken)
    {
        var member = Newsroom.NewsroomMember.From(User);
        var article = await ArticlePageReads.WithPartsAsync(db, id, cancellationToken);
        if (member is null || article is null || !article.CanBeEditedBy(member))
        {
            return member is null ? Challenge() : NotFound();
        }

        IsPreview = true;
        // The newsroom's preview shows the article in its own edition's frame: its lang, dir and menu.
        if (HttpContext.Editions().FirstOrDefault(e => e.Id == article.EditionId) is { } home && home.Id != HttpContext.Edition().Id)
        {
            HttpContext.Features.Set(new CurrentEdition(home, HttpContext.Editions()));
        }

        return await ShowAsync(article, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

    private static CommentThread? Find(IEnumerable<CommentThread> threads, int id) =>
        threads.Select(t => t.Id == id ? t : Find(t.Replies, id)).FirstOrDefault(t => t is not null);

    // The date in the URL only has to be right for readers: CanonicalPathFilter answers 301 when it is not.
    private async Task<IActionResult> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var key = Slug.Key(slug);
        var article = await ArticlePageReads.PublishedAsync(db, key, now, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        // Each article has one address, in its own edition; absolute, so EditionRouting does not keep it in this one.
        if (article.EditionId != HttpContext.Edition().Id
            && HttpContext.Editions().FirstOrDefault(e => e.Id == article.EditionId) is { } home)
        {
            var root = HttpContext.RequestServices.GetRequiredService<Hosting.DatelineOptions>().PublicRoot(Request);
            return RedirectPermanent(root + LocalUrl.ForHeader(home.PathOf(article.Path), Request.QueryString));
        }

        return await ShowAsync(article, now, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Article article, DateTime now, CancellationToken cancellationToken)
    {
        Article = article;
        BodyHtml = DatelineOpening.Insert(article.BodyHtml, article.DatelinePlace);
        Breadcrumb = await db.Sections.AsNoTracking().InEdition(article.EditionId).Trail(article.PrimarySection.Path, cancellationToken);
        Related = await RelatedPicks.ReadAsync(db, article.Id, now, cancellationToken);
        Translations = IsPreview ? [] : await Editions.Translations.OfAsync(
            db, article, HttpContext.Editions(), HttpContext.RequestServices.GetRequiredService<Hosting.DatelineOptions>().PublicRoot(Request), now, cancellationToken);
        var heldIds = IsPreview ? [] : held.Read(Request);
        (Comments, CommentCount) = await CommentThread.LoadAsync(db, article.Id, heldIds, cancellationToken);
        if (heldIds.Count > 0)
        {
            // This page shows the reader's own held comments: only for them, never from a shared cache.
            Response.Headers.CacheControl = "private, no-store";
        }

        // A stored page is shared, so its form has no stamp; a refused post comes back with one made for this reader.
        Stamp = HttpMethods.IsPost(Request.Method) ? stamps.Issue() : "";
        HttpContext.ShowsInCache([
            CacheTags.Article(article.Id), CacheTags.Comments(article.Id), CacheTags.AnyComments, CacheTags.Related(article.Id), CacheTags.MostRead,
            .. Breadcrumb.Select(s => CacheTags.Section(s.Id)), .. article.Tags.Select(t => CacheTags.Tag(t.Id)),
            .. article.Bylines.Select(b => CacheTags.Author(b.AuthorId)), .. Related.Select(r => CacheTags.Article(r.Teaser.Id)),
            .. Translations.Select(t => CacheTags.Article(t.ArticleId)),
            .. article.Story is { } story ? [CacheTags.Story(story.Id)] : Array.Empty<string>()]);
        ReplyingTo = Input.ParentId is { } parentId ? Find(Comments, parentId) : null;
        if (ReplyingTo is null && HttpMethods.IsGet(Request.Method))
        {
            // ?replyto= naming a comment readers cannot see opens the ordinary form; a posted one is refused by CommentIntake.
            Input.ParentId = null;
        }
        // The layout loads the site's frame for this request anyway; the closing period comes with it, not a second read.
        CommentsOpen = article.AreCommentsOpen(now, (await chrome.LoadAsync(cancellationToken)).CommentsCloseAfterDays);
        return Page();
    }
}
