using Dateline.Articles;
using Dateline.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Dashboard;

/// <summary>The newsroom's front page: my drafts, what waits for review, what is scheduled, what went out lately.</summary>
public sealed class IndexModel(DatelineDb db) : PageModel, INewsroomPage
{
    private const int PerList = 20;

    public string Title => "Dashboard";

    public sealed record Row(int Id, string Headline, ArticleStatus Status, DateTime? When, string? CreatedById);

    public IReadOnlyList<Row> MyDrafts { get; private set; } = [];
    public IReadOnlyList<Row> PendingReview { get; private set; } = [];
    public IReadOnlyList<Row> Scheduled { get; private set; } = [];
    public IReadOnlyList<Row> RecentlyPublished { get; private set; } = [];
    public NewsroomMember Member { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Member = NewsroomMember.From(User)!;
        var mine = db.Articles.AsNoTracking().Where(a => a.CreatedById == Member.Id);
        var visible = Member.CanEditOthers ? db.Articles.AsNoTracking() : mine;
        MyDrafts = await Rows(mine.Where(a => a.Status == ArticleStatus.Draft).OrderByDescending(a => a.UpdatedAt ?? a.CreatedAt), cancellationToken);
        PendingReview = await Rows(visible.Where(a => a.Status == ArticleStatus.PendingReview).OrderBy(a => a.UpdatedAt ?? a.CreatedAt), cancellationToken);
        Scheduled = await Rows(visible.Where(a => a.Status == ArticleStatus.Scheduled).OrderBy(a => a.ScheduledFor), cancellationToken);
        RecentlyPublished = await Rows(visible.Where(a => a.Status == ArticleStatus.Published).OrderByDescending(a => a.PublishedAt), cancellationToken);
        return Page();
    }

    private static Task<List<Row>> Rows(IQueryable<Article> articles, CancellationToken cancellationToken) =>
        articles.Take(PerList)
            .Select(a => new Row(a.Id, a.Headline, a.Status, a.Status == ArticleStatus.Scheduled ? a.ScheduledFor : a.PublishedAt ?? a.UpdatedAt ?? a.CreatedAt, a.CreatedById))
            .ToListAsync(cancellationToken);
}
