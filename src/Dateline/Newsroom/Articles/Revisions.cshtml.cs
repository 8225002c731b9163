using Dateline.Articles;
using Dateline.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Articles;

/// <summary>An article's saves, newest first: compare any two side by side, restore any one (which is itself a new save).</summary>
public sealed class RevisionsModel(DatelineDb db, ArticleChanges changes, TimeProvider clock) : PageModel, INewsroomPage
{
    public string Title => "Revisions: {0}";

    public object[] TitleArguments => [Article.Headline];

    public sealed record Entry(int Id, DateTime SavedAt, string SavedByName, bool IsAutosave);

    public Article Article { get; private set; } = null!;
    public IReadOnlyList<Entry> Entries { get; private set; } = [];
    public ArticleRevision? From { get; private set; }
    public ArticleRevision? To { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? from, int? to, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        From = from is null ? null : await RevisionAsync(from.Value, cancellationToken);
        To = to is null ? null : await RevisionAsync(to.Value, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, int revision, int version, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var old = await RevisionAsync(revision, cancellationToken);
        if (old is null)
        {
            return NotFound();
        }

        if (version != Article.Version)
        {
            return StatusCode(StatusCodes.Status409Conflict);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var oldPath = Article.Status == ArticleStatus.Published ? Article.Path : null;
        Article.Headline = old.Headline;
        Article.Standfirst = old.Standfirst;
        Article.BodyHtml = ArticleBody.Clean(old.BodyHtml);
        Article.DatelinePlace = old.DatelinePlace;
        Article.SourceAttribution = old.SourceAttribution;
        Article.SeoTitle = old.SeoTitle;
        Article.SeoDescription = old.SeoDescription;
        Article.UpdatedAt = now;
        // The slug is restored only when no other article has taken it meanwhile.
        if (!await db.Articles.AnyAsync(a => a.Slug == old.Slug && a.Id != Article.Id, cancellationToken))
        {
            Article.Slug = old.Slug;
        }

        if (oldPath is not null && oldPath != Article.Path)
        {
            await changes.MoveAsync(oldPath, Article.Path, now, cancellationToken);
        }

        var member = NewsroomMember.From(User)!;
        try
        {
            await changes.SaveWithRevisionAsync(Article, member, now, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return StatusCode(StatusCodes.Status409Conflict);
        }

        return Redirect($"/admin/articles/{Article.Id}?saved={Uri.EscapeDataString("Revision restored")}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        if (!article.CanBeEditedBy(NewsroomMember.From(User)!))
        {
            return Forbid();
        }

        Article = article;
        Entries = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id).OrderByDescending(r => r.Id).Take(500)
            .Select(r => new Entry(r.Id, r.SavedAt, r.SavedByName, r.IsAutosave)).ToListAsync(cancellationToken);
        return null;
    }

    private Task<ArticleRevision?> RevisionAsync(int revisionId, CancellationToken cancellationToken) =>
        db.ArticleRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == revisionId && r.ArticleId == Article.Id, cancellationToken);
}
