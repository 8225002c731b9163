using Dateline.Articles;
using Dateline.Comments;
using Dateline.Data;
using Dateline.Newsroom.Desk;
using Dateline.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Comments;

/// <summary>
/// The moderation queue: readers' comments by state (Pending, Approved, Spam, Trash), newest first, found by words of
/// the comment, the name or the email address, and moved between states one at a time or in bulk.
/// Commenters' email addresses are shown here, inside the newsroom, and nowhere outside it.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Desk)]
public sealed class IndexModel(DatelineDb db, ModerationQueue queue) : DeskPage
{
    public const string Path = "/admin/comments";
    public const int PerPage = 50;
    private const int ExcerptLength = 300;

    public override string Title => "Comments";

    public sealed record Row(
        int Id, string AuthorName, string AuthorEmail, string? AuthorUrl, string? Sender, string Headline, string ArticlePath,
        DateTime CreatedAt, string? ModerationNote, int SpamScore, string Excerpt, int? ParentId, string? ParentAuthor);

    public ModerationStatus Tab { get; private set; }

    // Read from the query by hand: Razor Pages keep their own "page" route value, which a bound "page" would pick up.
    public int PageNumber { get; private set; } = 1;

    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    public IReadOnlyDictionary<ModerationStatus, int> Counts { get; private set; } = new Dictionary<ModerationStatus, int>();
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public IReadOnlyList<ModerationAction> Actions => ModerationAction.OfferedOn(Tab).ToList();

    /// <summary>This tab, page and search again: where the forms post and where the browser returns after an action.</summary>
    public string Here { get; private set; } = Path;

    public async Task<IActionResult> OnGetAsync(string? notice, CancellationToken cancellationToken)
    {
        if (!ReadQuery())
        {
            return NotFound();
        }

        Notice = notice;
        Counts = await queue.CountsAsync(cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>
    /// One handler for both ways of acting: a row's own button posts row="approve:42"; the bulk form posts the ticked
    /// ids and the chosen action. Only the posted comments are touched, and only those the action applies to.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(string? row, string? bulk, int[] ids, CancellationToken cancellationToken)
    {
        if (!ReadQuery())
        {
            return NotFound();
        }

        var (action, chosen) = row?.Split(':') is [var name, var id] && int.TryParse(id, out var one)
            ? (ModerationAction.Parse(name), new[] { one })
            : (ModerationAction.Parse(bulk), ids);
        if (action is null)
        {
            return BadRequest();
        }

        if (chosen.Length == 0)
        {
            return Done(Here, "Tick the comments to act on, then apply the action.");
        }

        var changed = await queue.ApplyAsync(action, chosen, cancellationToken);
        var skipped = Math.Min(chosen.Distinct().Count(), ModerationQueue.MaxPerAction) - changed;
        return Done(Here, T.Plural(action.Done, changed) + (skipped > 0 ? " " + T.Plural("{0} comments left as they were: the action does not apply to them.", skipped) : ""));
    }

    private bool ReadQuery()
    {
        if (Paging.ParsePage(Request.Query["page"]) is not { } page || TabNamed(Request.Query["status"].ToString()) is not { } tab)
        {
            return false;
        }

        (Tab, PageNumber) = (tab, page);
        Q = Q?.Trim() is { Length: > 0 and <= 200 } words ? words : null;
        Here = Link(Tab, Q, page);
        return true;
    }

    private static ModerationStatus? TabNamed(string name) => name.Length == 0 ? ModerationStatus.Pending
        : Enum.GetValues<ModerationStatus>().Cast<ModerationStatus?>().FirstOrDefault(s => string.Equals(s.ToString(), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The queue's address for a tab, a search and a page.</summary>
    public static string Link(ModerationStatus tab, string? q, int page = 1) =>
        Path + QueryString.Create(new Dictionary<string, string?>
        {
            ["status"] = tab.ToString().ToLowerInvariant(),
            ["q"] = q,
            ["page"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        }.Where(p => p.Value is not null));

    /// <summary>Where a comment's article is read: its page once published, the newsroom's preview before.</summary>
    public static string ArticleAddress(int id, ArticleStatus status, DateTime published, string slug) =>
        status == ArticleStatus.Published ? Article.PathFor(published, slug) : $"/admin/articles/{id}/preview";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var comments = db.Comments.AsNoTracking().Where(c => c.Status == Tab);
        if (Q is { } words)
        {
            var lower = words.ToLower();
            comments = comments.Where(c => c.Body.ToLower().Contains(lower) || c.AuthorName.ToLower().Contains(lower) || c.AuthorEmail.ToLower().Contains(lower));
        }

        var rows = comments.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new
            {
                c.Id, c.AuthorName, c.AuthorEmail, c.AuthorUrl, c.IpHash, a.Headline, ArticleId = a.Id, a.Slug, a.Status, Published = a.PublishedAt ?? a.CreatedAt,
                c.CreatedAt, c.ModerationNote, c.SpamScore, Excerpt = c.Body.Substring(0, ExcerptLength + 1), c.ParentId,
                ParentAuthor = db.Comments.Where(p => p.Id == c.ParentId).Select(p => p.AuthorName).FirstOrDefault(),
            });
        (var found, Paging) = await Paging.ReadAsync(rows, Link(Tab, Q), PageNumber, PerPage, cancellationToken);
        Rows = found.Select(r => new Row(
            r.Id, r.AuthorName, r.AuthorEmail, r.AuthorUrl, r.IpHash is { Length: >= 8 } hash ? hash[..8] : null, r.Headline,
            ArticleAddress(r.ArticleId, r.Status, r.Published, r.Slug),
            r.CreatedAt, r.ModerationNote, r.SpamScore, r.Excerpt.Length > ExcerptLength ? r.Excerpt[..ExcerptLength] + "…" : r.Excerpt,
            r.ParentId, r.ParentAuthor)).ToList();
    }
}
