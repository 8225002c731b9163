using Dateline.Data;
using Dateline.Hosting;
using Dateline.Media;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Media;

/// <summary>One picture: its words, where it is used, and deletion when it is used nowhere. Authors edit their own uploads, Editors any.</summary>
[Authorize(Policy = NewsroomPolicies.Publisher)]
public sealed class EditModel(DatelineDb db, IMediaStore media) : PageModel, INewsroomPage
{
    public string Title => "Picture: {0}";

    public object[] TitleArguments => [Item.AltText.Length > 0 ? Item.AltText : Item.OriginalFileName ?? Item.FilePath];

    public sealed record Use(string Kind, string Label, string Url);

    public MediaItem Item { get; private set; } = null!;
    public IReadOnlyList<Use> Uses { get; private set; } = [];
    public bool Saved { get; private set; }

    [BindProperty]
    public MediaInput Input { get; set; } = new();

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public async Task<IActionResult> OnGetAsync(int id, bool saved, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Saved = saved;
        Input = MediaInput.From(Item);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Input.ApplyTo(Item);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/admin/media/{id}?saved=true");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Uses.Count > 0)
        {
            ModelState.AddModelError("", "This picture is still used; take it out of those places first.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        db.Media.Remove(Item);
        await db.SaveChangesAsync(cancellationToken);
        // The row is gone first, so no page can link a file that is about to disappear.
        foreach (var file in Renditions.FilesOf(Item))
        {
            await media.DeleteAsync(file, CancellationToken.None);
        }

        return Redirect("/admin/media");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var item = await db.Media.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var member = NewsroomMember.From(User)!;
        if (!member.CanEditOthers && item.UploadedById != member.Id)
        {
            return Forbid();
        }

        Item = item;
        var url = item.Url;
        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.FeaturedImageId == id || a.SocialImageId == id || a.BodyHtml.Contains(url))
            .OrderByDescending(a => a.Id).Take(100)
            .Select(a => new Use("Article", a.Headline, "/admin/articles/" + a.Id)).ToListAsync(cancellationToken);
        var authors = await db.Authors.AsNoTracking().Where(a => a.PhotoId == id)
            .Select(a => new Use("Author photo", a.Name, "/author/" + a.Slug)).ToListAsync(cancellationToken);
        var logo = await db.SiteSettings.AnyAsync(s => s.LogoId == id, cancellationToken)
            ? new[] { new Use("Site logo", "Site settings", "/admin/settings") } : [];
        Uses = [.. articles, .. authors, .. logo];
        return null;
    }
}
