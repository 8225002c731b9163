using Dateline.Data;
using Dateline.Editions;
using Dateline.Newsroom.Articles;
using Dateline.Newsroom.Desk.Editions;
using Dateline.Sections;
using Dateline.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dateline.Newsroom.Desk.Sections;

/// <summary>
/// Creates a section or changes one: name, slug, description, parent. A new slug or parent moves the section's address
/// and every address below it, with 301s from the old ones. A section is deleted only when nothing is filed under it.
/// Each section belongs to one edition (a new one to the ?edition= it was opened for) and stays there.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Desk)]
public sealed class EditModel(
    DatelineDb db, ArticleChanges addresses, TimeProvider clock, EditionDirectory directory) : DeskPage
{
    public override string Title => Section is null ? "New section" : "Section: {0}";

    public override object[] TitleArguments => Section is null ? [] : [Section.Name];

    [BindProperty]
    public SectionInput Input { get; set; } = new();

    public Section? Section { get; private set; }
    public IReadOnlyList<EditorChoices.Option> Parents { get; private set; } = [];
    public int ArticleCount { get; private set; }
    public DeskEdition Desk { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, string? notice, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Notice = notice;
        Input = Section is null ? new SectionInput() : SectionInput.From(Section);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var (slug, parent) = ModelState.IsValid ? await CheckAsync(cancellationToken) : ("", null);
        if (!ModelState.IsValid)
        {
            return Unprocessable();
        }

        var path = parent is null ? slug : parent.Path + "/" + slug;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var section = Section ?? db.Sections.Add(new Section { Slug = slug, Name = "", EditionId = Desk.Current.Id }).Entity;
        if (section.ParentId != parent?.Id || Section is null)
        {
            // A section that changes parent goes to the end of its new siblings.
            var parentId = parent?.Id;
            var editionId = section.EditionId;
            section.Position = 1 + (await db.Sections.Where(s => s.EditionId == editionId && s.ParentId == parentId && s.Id != section.Id)
                .MaxAsync(s => (int?)s.Position, cancellationToken) ?? -1);
        }

        section.Name = Input.Name!.Trim();
        section.Slug = slug;
        section.Description = string.IsNullOrWhiteSpace(Input.Description) ? null : Input.Description.Trim();
        section.ParentId = parent?.Id;
        if (Section is null)
        {
            section.Path = path;
        }
        else if (section.Path != path)
        {
            await SectionPaths.MoveAsync(db, addresses, section, path, clock.GetUtcNow().UtcDateTime, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is not null)
        {
            // Another desk took the same address a moment ago: the unique index on Path decides.
            ModelState.AddModelError("Input.Slug", T["The address /category/{0} was just taken; choose another slug.", path]);
            return Unprocessable();
        }

        return Done(Desk.PathOf(IndexModel.Path), T["The section \"{0}\" is saved at {1}.", section.Name, Desk.Current.PathOf("/category/" + section.Path)]);
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Section is null)
        {
            return NotFound();
        }

        // The delete form posts no section fields; the edit form's rules do not apply to it.
        ModelState.Clear();
        Input = SectionInput.From(Section);
        if (ArticleCount > 0)
        {
            ModelState.AddModelError("delete", T.Plural("{0} articles are filed under this section; move them to another section before deleting this one.", ArticleCount));
        }
        else if (await db.Sections.AnyAsync(s => s.ParentId == Section.Id, cancellationToken))
        {
            ModelState.AddModelError("delete", "This section has sub-sections; move or delete them first.");
        }

        if (!ModelState.IsValid)
        {
            return Unprocessable();
        }

        db.Sections.Remove(Section);
        await db.SaveChangesAsync(cancellationToken);
        return Done(Desk.PathOf(IndexModel.Path), T["The section \"{0}\" is deleted.", Section.Name]);
    }

    private async Task<(string Slug, Section? Parent)> CheckAsync(CancellationToken cancellationToken)
    {
        var slug = Slug.From(string.IsNullOrWhiteSpace(Input.Slug) ? Input.Name! : Input.Slug);
        if (slug.Length == 0)
        {
            ModelState.AddModelError(string.IsNullOrWhiteSpace(Input.Slug) ? "Input.Name" : "Input.Slug", "A slug needs at least one letter or digit.");
        }
        else if (slug == "feed")
        {
            // /category/world/feed is the feed of World, so no section may have that address.
            ModelState.AddModelError(string.IsNullOrWhiteSpace(Input.Slug) ? "Input.Name" : "Input.Slug", "\"feed\" is the address of every section's feed; choose another slug.");
        }

        var parent = Input.ParentId is { } parentId ? await db.Sections.AsNoTracking().FirstOrDefaultAsync(s => s.Id == parentId, cancellationToken) : null;
        if (Input.ParentId is not null && parent is null)
        {
            ModelState.AddModelError("Input.ParentId", "That parent section no longer exists; choose another.");
        }
        else if (parent is not null && parent.EditionId != Desk.Current.Id)
        {
            ModelState.AddModelError("Input.ParentId", T["\"{0}\" is a section of another edition; a parent section must be in the same edition ({1}).", parent.Name, Desk.Current.Name]);
        }
        else if (Section is not null && parent is not null && Section.Contains(parent))
        {
            ModelState.AddModelError("Input.ParentId", "A section cannot go under itself or one of its own sub-sections; choose another parent.");
        }

        var path = parent is null ? slug : parent.Path + "/" + slug;
        var editionId = Desk.Current.Id;
        if (slug.Length > 0 && await db.Sections.AnyAsync(s => s.EditionId == editionId && s.Path == path && s.Id != (Section == null ? 0 : Section.Id), cancellationToken))
        {
            ModelState.AddModelError("Input.Slug", Desk.All.Count > 1
                ? T["The {0} edition already has a section at {1}; choose another slug.", Desk.Current.Name, Desk.Current.PathOf("/category/" + path)]
                : parent is null ? T["There is already a top-level section with the slug \"{0}\"; choose another.", slug] : T["\"{0}\" already has a sub-section with the slug \"{1}\"; choose another.", parent.Name, slug]);
        }
        else if (path.Length + (Section is null ? 0 : await SectionPaths.DepthBelowAsync(db, Section.EditionId, Section.Path, cancellationToken)) > SectionPaths.MaxLength)
        {
            ModelState.AddModelError("Input.Slug", "The section's address, or one below it, would be too long; choose a shorter slug or a shallower parent.");
        }

        return (slug, parent);
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (id != "new")
        {
            Section = int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var sectionId)
                ? await db.Sections.FirstOrDefaultAsync(s => s.Id == sectionId, cancellationToken)
                : null;
            if (Section is null)
            {
                return false;
            }

            Desk = await DeskEdition.OfAsync(directory, Section.EditionId, cancellationToken);
            ArticleCount = await db.Articles.CountAsync(a => a.PrimarySectionId == Section.Id || a.Sections.Any(s => s.Id == Section.Id), cancellationToken);
        }
        else if (await DeskEdition.FindAsync(directory, Request.Query["edition"], cancellationToken) is { } desk)
        {
            Desk = desk;
        }
        else
        {
            return false;
        }

        // A section cannot be offered as its own parent, nor anything below it, nor a section of another edition.
        var editionId = Desk.Current.Id;
        var all = await db.Sections.AsNoTracking().Where(s => s.EditionId == editionId).OrderBy(s => s.Path).Select(s => new { s.Id, s.Name, s.Path }).ToListAsync(cancellationToken);
        Parents = all.Where(s => Section is null || s.Path != Section.Path && !s.Path.StartsWith(Section.Path + "/", StringComparison.Ordinal))
            .Select(s => new EditorChoices.Option(s.Id, string.Concat(Enumerable.Repeat("— ", s.Path.Count(c => c == '/'))) + s.Name))
            .ToList();
        return true;
    }
}
