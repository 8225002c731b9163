using Dateline.Articles;
using Dateline.Data;
using Dateline.Editions;
using Dateline.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Articles;

/// <summary>Every article the member may edit, newest first, filtered by state, edition and headline words.</summary>
public sealed class IndexModel(DatelineDb db, EditionDirectory directory) : PageModel, INewsroomPage
{
    public const int PerPage = 50;

    public string Title => "Articles";

    public sealed record Row(int Id, string Headline, ArticleStatus Status, DateTime Changed)
    {
        public int EditionId { get; init; }
    }

    [BindProperty(SupportsGet = true)]
    public ArticleStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>An edition's key; empty for every edition.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Edition { get; set; }

    public IReadOnlyList<Edition> Editions { get; private set; } = [];

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

        Editions = await directory.AllAsync(cancellationToken);
        if (!string.IsNullOrEmpty(Edition))
        {
            // An edition since deleted lists nothing rather than everything.
            var editionId = Editions.FirstOrDefault(e => e.Key == Edition)?.Id ?? 0;
            articles = articles.Where(a => a.EditionId == editionId);
        }

        if (Q?.Trim() is { Length: > 0 and <= 200 } words)
        {
            articles = articles.Where(a => a.Headline.ToLower().Contains(words.ToLower()));
        }

        var rows = await articles.OrderByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PerPage).Take(PerPage + 1)
            .Select(a => new Row(a.Id, a.Headline, a.Status, a.UpdatedAt ?? a.CreatedAt) { EditionId = a.EditionId })
            .ToListAsync(cancellationToken);
        Rows = rows.Take(PerPage).ToList();
        var filters = new Dictionary<string, string?> { ["status"] = Status?.ToString(), ["q"] = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(), ["edition"] = string.IsNullOrEmpty(Edition) ? null : Edition }
            .Where(f => f.Value is not null);
        Paging = new Paging("/admin/articles" + QueryString.Create(filters), PageNumber, PerPage, rows.Count > PerPage);
        return Page();
    }
}
