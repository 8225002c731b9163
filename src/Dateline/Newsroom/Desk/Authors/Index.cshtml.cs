using Dateline.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Desk.Authors;

/// <summary>The journalists whose public profiles the site shows, with how many articles carry their byline.</summary>
[Authorize(Policy = NewsroomPolicies.Desk)]
public sealed class IndexModel(DatelineDb db) : DeskPage
{
    public const string Path = "/admin/desk/authors";

    public override string Title => "Authors";

    public sealed record Row(int Id, string Name, string Slug, string? JobTitle, int Articles);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? notice, CancellationToken cancellationToken)
    {
        Notice = notice;
        Rows = await db.Authors.AsNoTracking().OrderBy(a => a.Name).Take(2000)
            .Select(a => new Row(a.Id, a.Name, a.Slug, a.JobTitle, db.Bylines.Count(b => b.AuthorId == a.Id)))
            .ToListAsync(cancellationToken);
    }
}
