using Dateline.Data;
using Dateline.StaticPages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Desk.Pages;

/// <summary>The standing pages (About, Contact…) in the order the footer lists them.</summary>
[Authorize(Policy = NewsroomPolicies.Desk)]
public sealed class IndexModel(DatelineDb db) : DeskPage
{
    public const string Path = "/admin/desk/pages";

    public override string Title => "Pages";

    public IReadOnlyList<StaticPage> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? notice, CancellationToken cancellationToken)
    {
        Notice = notice;
        Rows = await db.StaticPages.AsNoTracking().OrderBy(p => p.Position).ThenBy(p => p.Title).ToListAsync(cancellationToken);
    }
}
