using Dateline.Data;
using Dateline.Editions;
using Dateline.Newsroom.Desk.Editions;
using Dateline.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Desk.Menu;

/// <summary>
/// The menu across the top of every reader's page, in order: add an item, move one up or down, delete one. Each edition
/// has its own menu (?edition=); an item stays in the edition it was added to.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Desk)]
public sealed class IndexModel(DatelineDb db, EditionDirectory directory) : DeskPage
{
    public const string Path = "/admin/desk/menu";

    public override string Title => "Menu";

    [BindProperty]
    public MenuInput Input { get; set; } = new();

    public IReadOnlyList<MenuItem> Items { get; private set; } = [];
    public DeskEdition Desk { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? notice, string? edition, CancellationToken cancellationToken)
    {
        if (await DeskEdition.FindAsync(directory, edition, cancellationToken) is not { } desk)
        {
            return NotFound();
        }

        Desk = desk;
        Notice = notice;
        Items = await OrderedAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? edition, CancellationToken cancellationToken)
    {
        if (await DeskEdition.FindAsync(directory, edition, cancellationToken) is not { } desk)
        {
            return NotFound();
        }

        Desk = desk;
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

        var editionId = desk.Current.Id;
        var last = await db.MenuItems.Where(m => m.EditionId == editionId).MaxAsync(m => (int?)m.Position, cancellationToken) ?? -1;
        db.MenuItems.Add(new MenuItem { Label = Input.Label!.Trim(), Url = Input.Url!.Trim(), Position = last + 1, EditionId = editionId });
        await db.SaveChangesAsync(cancellationToken);
        return Done(desk.PathOf(Path), T["\"{0}\" is added at the end of the menu.", Input.Label!.Trim()]);
    }

    public Task<IActionResult> OnPostUpAsync(int id, CancellationToken cancellationToken) => MoveAsync(id, -1, cancellationToken);

    public Task<IActionResult> OnPostDownAsync(int id, CancellationToken cancellationToken) => MoveAsync(id, +1, cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var editionId = await db.MenuItems.Where(m => m.Id == id).Select(m => (int?)m.EditionId).FirstOrDefaultAsync(cancellationToken);
        await db.MenuItems.Where(m => m.Id == id).ExecuteDeleteAsync(cancellationToken);
        var desk = await DeskEdition.OfAsync(directory, editionId ?? Edition.DefaultId, cancellationToken);
        return Done(desk.PathOf(Path), "The item is deleted from the menu.");
    }

    private async Task<IActionResult> MoveAsync(int id, int step, CancellationToken cancellationToken)
    {
        if (await db.MenuItems.Where(m => m.Id == id).Select(m => (int?)m.EditionId).FirstOrDefaultAsync(cancellationToken) is not { } editionId)
        {
            return NotFound();
        }

        // An item moves among its own edition's items only.
        var items = (await db.MenuItems.Where(m => m.EditionId == editionId).OrderBy(m => m.Position).ThenBy(m => m.Id).ToListAsync(cancellationToken)).ToList();
        var index = items.FindIndex(m => m.Id == id);
        var desk = await DeskEdition.OfAsync(directory, editionId, cancellationToken);

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
        return Done(desk.PathOf(Path), T[step < 0 ? "\"{0}\" is moved up." : "\"{0}\" is moved down.", items[Math.Clamp(swap, 0, items.Count - 1)].Label]);
    }

    private async Task<IReadOnlyList<MenuItem>> OrderedAsync(CancellationToken cancellationToken) =>
        await db.MenuItems.AsNoTracking().Where(m => m.EditionId == Desk.Current.Id).OrderBy(m => m.Position).ThenBy(m => m.Id).ToListAsync(cancellationToken);
}
