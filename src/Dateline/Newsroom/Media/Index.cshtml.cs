using Dateline.Data;
using Dateline.Hosting;
using Dateline.Media;
using Dateline.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Media;

/// <summary>
/// The media library: upload a picture (checked by its content; see ImageIntake), browse and search what is there.
/// Authors, Editors and Administrators upload; Contributors cannot.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Publisher)]
[RequestSizeLimit(ImageIntake.MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ImageIntake.MaxBytes + 64 * 1024)]
public sealed class IndexModel(DatelineDb db, IMediaStore media, TimeProvider clock) : PageModel, INewsroomPage
{
    public const int PerPage = 48;

    public string Title => "Media";

    public sealed record Tile(int Id, string FilePath, string RenditionWidths, int Width, int Height, string AltText, string? OriginalFileName);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    // Read from the query by hand: Razor Pages keep their own "page" route value, which a bound "page" would pick up.
    public int PageNumber => Paging.ParsePage(Request.Query["page"]) ?? 1;

    [BindProperty]
    public MediaInput Input { get; set; } = new();

    public IReadOnlyList<Tile> Tiles { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (upload is null || upload.Length == 0)
        {
            ModelState.AddModelError("upload", "Choose a picture to upload.");
        }

        if (ModelState.IsValid)
        {
            try
            {
                await using var stream = upload!.OpenReadStream();
                var item = await new ImageIntake(media, clock).TakeAsync(stream, upload.FileName, cancellationToken);
                Input.ApplyTo(item);
                item.UploadedById = NewsroomMember.From(User)!.Id;
                db.Media.Add(item);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch
                {
                    // The row did not make it: the files must not outlive it.
                    foreach (var file in Renditions.FilesOf(item))
                    {
                        await media.DeleteAsync(file, CancellationToken.None);
                    }

                    throw;
                }

                return Redirect($"/admin/media/{item.Id}?saved=true");
            }
            catch (MediaRefused refused)
            {
                ModelState.AddModelError("upload", refused.Message);
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var media = db.Media.AsNoTracking();
        if (Q?.Trim() is { Length: > 0 and <= 200 } words)
        {
            var lower = words.ToLower();
            media = media.Where(m => m.AltText.ToLower().Contains(lower) || (m.Caption ?? "").ToLower().Contains(lower)
                || (m.Credit ?? "").ToLower().Contains(lower) || (m.OriginalFileName ?? "").ToLower().Contains(lower));
        }

        var tiles = await media.OrderByDescending(m => m.Id).Skip((PageNumber - 1) * PerPage).Take(PerPage + 1)
            .Select(m => new Tile(m.Id, m.FilePath, m.RenditionWidths, m.Width, m.Height, m.AltText, m.OriginalFileName))
            .ToListAsync(cancellationToken);
        Tiles = tiles.Take(PerPage).ToList();
        var query = string.IsNullOrWhiteSpace(Q) ? "" : "?q=" + Uri.EscapeDataString(Q.Trim());
        Paging = new Paging("/admin/media" + query, PageNumber, PerPage, tiles.Count > PerPage);
    }
}
