using Dateline.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Desk.Stories;

/// <summary>The ongoing stories, newest first, with how many articles each timeline holds.</summary>
[Authorize(Policy = NewsroomPolicies.Desk)]
public sealed class IndexModel(DatelineDb db) : DeskPage
{
    public const string Path = "/admin/desk/stories";

    public override string Title => "Stories";

    public sealed record Row(int Id, string Title, string Slug, int Articles);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? notice, CancellationToken cancellationToken)
    {
        Notice = notice;
        Rows = await db.Stories.AsNoTracking().OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(500)
            .Select(s => new Row(s.Id, s.Title, s.Slug, db.Articles.Count(a => a.StoryId == s.Id)))
            .ToListAsync(cancellationToken);
    }
}
