using Dateline.Data;
using Dateline.Editions;
using Dateline.Newsroom.Desk.Editions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Desk.Sections;

/// <summary>One edition's section tree as its readers find it, with how many articles each section holds.</summary>
[Authorize(Policy = NewsroomPolicies.Desk)]
public sealed class IndexModel(DatelineDb db, EditionDirectory directory) : DeskPage
{
    public const string Path = "/admin/desk/sections";

    public override string Title => "Sections";

    public sealed record Row(int Id, string Name, string Path, int? ParentId, int Articles);

    public ILookup<int?, Row> Tree { get; private set; } = Array.Empty<Row>().ToLookup(r => r.ParentId);

    public DeskEdition Desk { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? notice, string? edition, CancellationToken cancellationToken)
    {
        if (await DeskEdition.FindAsync(directory, edition, cancellationToken) is not { } desk)
        {
            return NotFound();
        }

        Desk = desk;
        Notice = notice;
        var rows = await db.Sections.AsNoTracking().Where(s => s.EditionId == desk.Current.Id).OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new Row(s.Id, s.Name, s.Path, s.ParentId, db.Articles.Count(a => a.Sections.Any(x => x.Id == s.Id))))
            .ToListAsync(cancellationToken);
        Tree = rows.ToLookup(r => r.ParentId);
        return Page();
    }
}
