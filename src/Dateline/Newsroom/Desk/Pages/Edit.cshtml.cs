using Dateline.Articles;
using Dateline.Data;
using Dateline.Newsroom.Articles;
using Dateline.Site;
using Dateline.StaticPages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dateline.Newsroom.Desk.Pages;

/// <summary>
/// Creates or changes a standing page served at /{slug}: its body goes through the same cleaning as an article's,
/// and a slug the site already answers (admin, category, a year…) is refused. A published page's new slug leaves a 301.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Desk)]
public sealed class EditModel(DatelineDb db, ArticleChanges addresses, TimeProvider clock) : DeskPage
{
    public override string Title => StaticPage is null ? "New page" : "Page: {0}";

    public override object[] TitleArguments => StaticPage is null ? [] : [StaticPage.Title];

    [BindProperty]
    public StaticPageInput Input { get; set; } = new() { IsPublished = true };

    public StaticPage? StaticPage { get; private set; }

    public string Action => StaticPage is null ? "/admin/desk/pages/new" : $"/admin/desk/pages/{StaticPage.Id}";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (StaticPage is not null)
        {
            Input = StaticPageInput.From(StaticPage);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var slug = ModelState.IsValid ? await SlugAsync(cancellationToken) : "";
        var body = "";
        try
        {
            body = ArticleBody.Clean(Input.BodyHtml ?? "");
        }
        catch (ArgumentException e)
        {
            ModelState.AddModelError("Input.BodyHtml", e.Message);
        }

        if (!ModelState.IsValid)
        {
            return Unprocessable();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var page = StaticPage ?? db.StaticPages.Add(new StaticPage { Slug = slug, Title = "" }).Entity;
        var oldUrl = StaticPage is { IsPublished: true } ? StaticPage.Url : null;
        page.Title = Input.Title!.Trim();
        page.Slug = slug;
        page.BodyHtml = body;
        page.IsPublished = Input.IsPublished;
        page.Position = Input.Position;
        page.UpdatedAt = now;
        if (oldUrl is not null && oldUrl != page.Url)
        {
            await addresses.MoveAsync(oldUrl, page.Url, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Done(IndexModel.Path, T[page.IsPublished ? "The page \"{0}\" is saved at {1}." : "The page \"{0}\" is saved at {1} (hidden from readers).", page.Title, page.Url]);
    }

    private async Task<string> SlugAsync(CancellationToken cancellationToken)
    {
        var slug = Slug.From(string.IsNullOrWhiteSpace(Input.Slug) ? Input.Title ?? "" : Input.Slug);
        if (slug.Length == 0)
        {
            ModelState.AddModelError("Input.Slug", "A slug needs at least one letter or digit.");
        }
        else if (ReservedSlugs.Contains(slug))
        {
            ModelState.AddModelError("Input.Slug", T["The address /{0} belongs to another part of the site; choose another slug.", slug]);
        }
        else if (await db.Editions.AsNoTracking().Where(e => e.UrlPrefix == slug).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken) is { } edition)
        {
            // EditionRouting would take /{slug} for the edition's home page before the page was ever reached.
            ModelState.AddModelError("Input.Slug", T["The edition \"{0}\" answers at /{1}/; choose another slug.", edition, slug]);
        }
        else if (await db.StaticPages.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug && p.Id != (StaticPage == null ? 0 : StaticPage.Id), cancellationToken) is { } other)
        {
            ModelState.AddModelError("Input.Slug", T["The page \"{0}\" already has the slug \"{1}\"; choose another.", other.Title, slug]);
        }

        return slug;
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (id == "new")
        {
            return true;
        }

        StaticPage = int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pageId)
            ? await db.StaticPages.FirstOrDefaultAsync(p => p.Id == pageId, cancellationToken)
            : null;
        return StaticPage is not null;
    }
}
