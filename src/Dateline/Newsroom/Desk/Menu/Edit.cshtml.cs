using Dateline.Data;
using Dateline.Editions;
using Dateline.Newsroom.Desk.Editions;
using Dateline.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Desk.Menu;

/// <summary>Changes one menu item's label or address.</summary>
[Authorize(Policy = NewsroomPolicies.Desk)]
public sealed class EditModel(DatelineDb db, EditionDirectory directory) : DeskPage
{
    public override string Title => "Menu item: {0}";

    public override object[] TitleArguments => [Item.Label];

    [BindProperty]
    public MenuInput Input { get; set; } = new();

    public MenuItem Item { get; private set; } = null!;
    public DeskEdition Desk { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.MenuItems.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        Desk = await DeskEdition.OfAsync(directory, item.EditionId, cancellationToken);
        Input = new MenuInput { Label = item.Label, Url = item.Url };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.MenuItems.FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        Desk = await DeskEdition.OfAsync(directory, item.EditionId, cancellationToken);
        if (!ModelState.IsValid || !Input.Check(ModelState))
        {
            return Unprocessable();
        }

        item.Label = Input.Label!.Trim();
        item.Url = Input.Url!.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return Done(Desk.PathOf(IndexModel.Path), T["\"{0}\" is saved.", item.Label]);
    }
}
