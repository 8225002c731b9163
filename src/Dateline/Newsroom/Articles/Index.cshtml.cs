using Dateline.Articles;
using Dateline.Data;
using Dateline.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Articles;

/// <summary>Every article the member may edit, newest first, filtered by state and headline words.</summary>
public sealed class IndexModel(DatelineDb db) : PageModel, INewsroomPage
{
    public const int PerPage = 50;

    public string Title => "Articles";

    public sealed record Row(int Id, string Headline, ArticleStatus Status, DateTime Changed);

    [BindProperty(SupportsGet = true)]
    public ArticleStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    // Read from the query by hand: Razor Pages keep their own "page" route value, which a bound "page" would pick up.
    public int PageNumber => Paging.ParsePage(Request.Query["page"]) ?? 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var member = NewsroomMember.From(User)!;
        var articles = db.Articles.AsNoTracking();
        if (!member.CanEditOthers)
        {
            articles = articles.Where(a => a.CreatedById == member.Id);
        }

        if (Status is { } status)
        {
            articles = articles.Where(a => a.Status == status);
        }

        if (Q?.Trim() is { Length: > 0 and <= 200 } words)
        {
            articles = articles.Where(a => a.Headline.ToLower().Contains(words.ToLower()));
        }

        var rows = await articles.OrderByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PerPage).Take(PerPage + 1)
            .Select(a => new Row(a.Id, a.Headline, a.Status, a.UpdatedAt ?? a.CreatedAt))
            .ToListAsync(cancellationToken);
        Rows = rows.Take(PerPage).ToList();
        var filters = new Dictionary<string, string?> { ["status"] = Status?.ToString(), ["q"] = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim() }
            .Where(f => f.Value is not null);
        Paging = new Paging("/admin/articles" + QueryString.Create(filters), PageNumber, PerPage, rows.Count > PerPage);
        return Page();
    }
}
