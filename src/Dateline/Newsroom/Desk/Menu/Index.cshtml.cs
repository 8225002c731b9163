using Dateline.Data;
using Dateline.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Desk.Menu;

/// <summary>The menu across the top of every reader's page, in order: add an item, move one up or down, delete one.</summary>
[Authorize(Policy = NewsroomPolicies.Desk)]
public sealed class IndexModel(DatelineDb db) : DeskPage
{
    public const string Path = "/admin/desk/menu";

    public override string Title => "Menu";

    [BindProperty]
    public MenuInput Input { get; set; } = new();

    public IReadOnlyList<MenuItem> Items { get; private set; } = [];

    public async Task OnGetAsync(string? notice, CancellationToken cancellationToken)
    {
        Notice = notice;
        Items = await OrderedAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || !Input.Check(ModelState))
        {
            Items = await OrderedAsync(cancellationToken);
            return Unprocessable();
        }

        // The menu hangs off the settings row; a site that never saved its settings gets the defaults first.
        if (!await db.SiteSettings.AnyAsync(cancellationToken))
        {
            db.SiteSettings.Add(new SiteSettings());
        }

        var last = await db.MenuItems.MaxAsync(m => (int?)m.Position, cancellationToken) ?? -1;
        db.MenuItems.Add(new MenuItem { Label = Input.Label!.Trim(), Url = Input.Url!.Trim(), Position = last + 1 });
        await db.SaveChangesAsync(cancellationToken);
        return Done(Path, T["\"{0}\" is added at the end of the menu.", Input.Label!.Trim()]);
    }

    public Task<IActionResult> OnPostUpAsync(int id, CancellationToken cancellationToken) => MoveAsync(id, -1, cancellationToken);

    public Task<IActionResult> OnPostDownAsync(int id, CancellationToken cancellationToken) => MoveAsync(id, +1, cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        await db.MenuItems.Where(m => m.Id == id).ExecuteDeleteAsync(cancellationToken);
        return Done(Path, "The item is deleted from the menu.");
    }

    private async Task<IActionResult> MoveAsync(int id, int step, CancellationToken cancellationToken)
    {
        var items = (await db.MenuItems.OrderBy(m => m.Position).ThenBy(m => m.Id).ToListAsync(cancellationToken)).ToList();
        var index = items.FindIndex(m => m.Id == id);
        if (index < 0)
        {
            return NotFound();
        }

        var swap = index + step;
        if (swap >= 0 && swap < items.Count)
        {
            (items[index], items[swap]) = (items[swap], items[index]);
        }

        // Renumbering the whole menu also mends positions that imports or older versions left equal.
        for (var position = 0; position < items.Count; position++)
        {
            items[position].Position = position;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Done(Path, T[step < 0 ? "\"{0}\" is moved up." : "\"{0}\" is moved down.", items[Math.Clamp(swap, 0, items.Count - 1)].Label]);
    }

    private async Task<IReadOnlyList<MenuItem>> OrderedAsync(CancellationToken cancellationToken) =>
        await db.MenuItems.AsNoTracking().OrderBy(m => m.Position).ThenBy(m => m.Id).ToListAsync(cancellationToken);
}
