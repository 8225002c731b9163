using Dateline.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dateline.Newsroom.Desk.Editions;

/// <summary>The site's editions with what each holds, so the desk sees at a glance which one an edition can be deleted.</summary>
[Authorize(Policy = NewsroomPolicies.Desk)]
public sealed class IndexModel(DatelineDb db) : DeskPage
{
    public const string Path = "/admin/desk/editions";

    public override string Title => T["Editions"];

    public sealed record Row(int Id, string Key, string Name, string Culture, string Dir, string Address, bool IsDefault, int Articles, int Sections, int MenuItems);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? notice, CancellationToken cancellationToken)
    {
        Notice = notice;
        var editions = await db.Editions.AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var articles = await db.Articles.GroupBy(a => a.EditionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var sections = await db.Sections.GroupBy(s => s.EditionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var menuItems = await db.MenuItems.GroupBy(m => m.EditionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Rows = editions.Select(e => new Row(
            e.Id, e.Key, e.Name, e.Culture, e.Dir, e.PathOf("/"), e.IsDefault,
            articles.GetValueOrDefault(e.Id), sections.GetValueOrDefault(e.Id), menuItems.GetValueOrDefault(e.Id))).ToList();
    }
}
