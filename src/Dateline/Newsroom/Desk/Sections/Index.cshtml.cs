using Dateline.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Desk.Sections;

/// <summary>The section tree as readers find it, with how many articles each section holds.</summary>
[Authorize(Policy = NewsroomPolicies.Desk)]
public sealed class IndexModel(DatelineDb db) : DeskPage
{
    public const string Path = "/admin/desk/sections";

    public override string Title => "Sections";

    public sealed record Row(int Id, string Name, string Path, int? ParentId, int Articles);

    public ILookup<int?, Row> Tree { get; private set; } = Array.Empty<Row>().ToLookup(r => r.ParentId);

    public async Task OnGetAsync(string? notice, CancellationToken cancellationToken)
    {
        Notice = notice;
        var rows = await db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new Row(s.Id, s.Name, s.Path, s.ParentId, db.Articles.Count(a => a.Sections.Any(x => x.Id == s.Id))))
            .ToListAsync(cancellationToken);
        Tree = rows.ToLookup(r => r.ParentId);
    }
}
