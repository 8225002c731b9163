using Dateline.Data;
using Dateline.Editions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dateline.Newsroom.Desk.Editions;

/// <summary>
/// Adds an edition or changes one: key, name, culture, direction, URL prefix. The default edition keeps the site's
/// root; another edition is deleted only once nothing is left in it. Readers see a change at once (EditionDirectory.Forget).
/// </summary>
[Authorize(Policy = NewsroomPolicies.Desk)]
public sealed class EditModel(DatelineDb db, EditionDirectory directory) : DeskPage
{
    public override string Title => Edition is null ? T["New edition"] : T["Edition: {0}", Edition.Name];

    [BindProperty]
    public EditionInput Input { get; set; } = new();

    public Edition? Edition { get; private set; }

    public string Action => Edition is null ? "/admin/desk/editions/new" : $"/admin/desk/editions/{Edition.Id}";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = Edition is null ? new EditionInput() : EditionInput.From(Edition);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var culture = await CheckAsync(cancellationToken);
        if (culture is null || !ModelState.IsValid)
        {
            return Unprocessable();
        }

        var edition = Edition;
        if (edition is null)
        {
            // Ids are the desk's to give (see Edition.Id); two desks adding at once meet on the key, and one is told to retry.
            var next = 1 + await db.Editions.MaxAsync(e => (int?)e.Id, cancellationToken) ?? global::Dateline.Editions.Edition.DefaultId;
            edition = db.Editions.Add(new Edition { Id = next, Key = "", Culture = "", Name = "" }).Entity;
        }

        var cultureChanged = edition.Culture != culture.Name;
        edition.Key = Input.Key!.Trim();
        edition.Name = Input.Name!.Trim();
        edition.Culture = culture.Name;
        edition.Direction = Input.Direction?.Trim() switch
        {
            "rtl" => TextDirection.Rtl,
            "ltr" => TextDirection.Ltr,
            _ => culture.TextInfo.IsRightToLeft ? TextDirection.Rtl : TextDirection.Ltr,
        };
        edition.UrlPrefix = edition.IsDefault ? "" : Input.UrlPrefix!.Trim();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (cultureChanged && Edition is not null)
            {
                // An article's language is its edition's: lang, hreflang, feeds and the search's stemming read it.
                await db.Articles.Where(a => a.EditionId == edition.Id)
                    .ExecuteUpdateAsync(a => a.SetProperty(x => x.Language, edition.Culture), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is not null)
        {
            ModelState.AddModelError("Input.Key", T["Another edition with this key or prefix was saved a moment ago; check the list and try again."]);
            return Unprocessable();
        }

        directory.Forget();
        return Done(IndexModel.Path, T["The edition \"{0}\" is saved.", edition.Name]);
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Edition is null)
        {
            return NotFound();
        }

        // The delete form posts no edition fields; the edit form's rules do not apply to it.
        ModelState.Clear();
        Input = EditionInput.From(Edition);
        var editionId = Edition.Id;
        if (Edition.IsDefault)
        {
            ModelState.AddModelError("delete", T["The default edition is the site at its root; it cannot be deleted."]);
            return Unprocessable();
        }

        var articles = await db.Articles.CountAsync(a => a.EditionId == editionId, cancellationToken);
        var sections = await db.Sections.CountAsync(s => s.EditionId == editionId, cancellationToken);
        var menuItems = await db.MenuItems.CountAsync(m => m.EditionId == editionId, cancellationToken);
        if (articles + sections + menuItems > 0)
        {
            ModelState.AddModelError("delete", T[
                "This edition still holds articles: {0}, sections: {1}, menu items: {2}. Delete them, or move the articles to another edition, first.",
                articles, sections, menuItems]);
            return Unprocessable();
        }

        db.Editions.Remove(Edition);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is not null)
        {
            // Something was filed in the edition between the count and the delete: the foreign keys refuse.
            ModelState.AddModelError("delete", T["Something was just added to this edition; it was not deleted."]);
            return Unprocessable();
        }

        directory.Forget();
        return Done(IndexModel.Path, T["The edition \"{0}\" is deleted.", Edition.Name]);
    }

    private async Task<System.Globalization.CultureInfo?> CheckAsync(CancellationToken cancellationToken)
    {
        var editionId = Edition?.Id ?? 0;
        var key = Input.Key?.Trim() ?? "";
        if (key.Length == 0)
        {
            ModelState.AddModelError("Input.Key", T["Please give the edition's key, such as ps or fa."]);
        }
        else if (!EditionInput.IsSegment(key))
        {
            ModelState.AddModelError("Input.Key", T["A key is 1 to 20 lower-case letters, digits or hyphens, such as ps or fa-af."]);
        }
        else if (await db.Editions.AnyAsync(e => e.Key == key && e.Id != editionId, cancellationToken))
        {
            ModelState.AddModelError("Input.Key", T["Another edition already has the key \"{0}\"; choose another.", key]);
        }

        var name = Input.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            ModelState.AddModelError("Input.Name", T["Please give the edition's name, as its language writes it."]);
        }
        else if (name.Length > 100)
        {
            ModelState.AddModelError("Input.Name", T["A name can be at most 100 characters."]);
        }

        var cultureName = Input.Culture?.Trim() ?? "";
        var culture = cultureName.Length is > 0 and <= 20 ? EditionInput.KnownCulture(cultureName) : null;
        if (cultureName.Length == 0)
        {
            ModelState.AddModelError("Input.Culture", T["Please give the edition's culture, such as ps-AF or en-GB."]);
        }
        else if (culture is null)
        {
            ModelState.AddModelError("Input.Culture", T["\"{0}\" is not a culture this server knows; give one such as ps-AF, fa-AF or en-GB.", Clip(cultureName)]);
        }

        if (Input.Direction?.Trim() is { Length: > 0 } direction && direction is not ("ltr" or "rtl"))
        {
            ModelState.AddModelError("Input.Direction", T["The direction is left to right or right to left."]);
        }

        await CheckPrefixAsync(editionId, cancellationToken);
        return culture;
    }

    private async Task CheckPrefixAsync(int editionId, CancellationToken cancellationToken)
    {
        var prefix = Input.UrlPrefix?.Trim() ?? "";
        if (Edition is { IsDefault: true })
        {
            if (prefix.Length > 0)
            {
                ModelState.AddModelError("Input.UrlPrefix", T["The default edition is the site at its root; its prefix stays empty."]);
            }

            return;
        }

        if (prefix.Length == 0)
        {
            ModelState.AddModelError("Input.UrlPrefix", T["Please give the edition's URL prefix, such as ps for /ps/."]);
        }
        else if (!EditionInput.IsSegment(prefix))
        {
            ModelState.AddModelError("Input.UrlPrefix", T["A URL prefix is 1 to 20 lower-case letters, digits or hyphens, such as ps."]);
        }
        else if (await ReservedPrefixes.UseOfAsync(db, prefix, cancellationToken) is { } use)
        {
            ModelState.AddModelError("Input.UrlPrefix", use switch
            {
                "year" => T["/{0}/ begins the addresses of that year's articles; choose another prefix.", prefix],
                "page" => T["/{0} is the address of a standing page; choose another prefix.", prefix],
                _ => T["/{0}/ is already an address of the site; choose another prefix.", prefix],
            });
        }
        else if (await db.Editions.Where(e => e.UrlPrefix == prefix && e.Id != editionId).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken) is { } other)
        {
            ModelState.AddModelError("Input.UrlPrefix", T["The edition \"{0}\" already answers at /{1}/; choose another prefix.", other, prefix]);
        }
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (id == "new")
        {
            return true;
        }

        Edition = int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var editionId)
            ? await db.Editions.FirstOrDefaultAsync(e => e.Id == editionId, cancellationToken)
            : null;
        return Edition is not null;
    }
}
