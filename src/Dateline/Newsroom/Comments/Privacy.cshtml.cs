using Dateline.Comments;
using Dateline.Data;
using Dateline.Site;
using Dateline.Hosting;
using Dateline.Newsroom.Desk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Comments;

/// <summary>
/// Commenters' data requests, for Administrators: how many comments an email address has, a JSON copy of them, and
/// erasure (the person's details anonymized, or the comments deleted with their replies kept). The address is always
/// posted, never put in a URL, so it stays out of access logs and browser history.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Administration)]
public sealed class PrivacyModel(DatelineDb db, ModerationQueue queue, DatelineOptions options) : DeskPage
{
    public const string Path = "/admin/comments/privacy";

    public override string Title => "Commenters' data requests";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public bool AlsoDelete { get; set; }

    /// <summary>Posted by the confirmation form, so an unticked box there is an error rather than the first ask.</summary>
    [BindProperty]
    public bool Confirming { get; set; }

    [BindProperty]
    public bool Confirmed { get; set; }

    /// <summary>How many comments the address has; null until one is looked up.</summary>
    public int? Found { get; private set; }

    public void OnGet(string? notice) => Notice = notice;

    public async Task<IActionResult> OnPostFindAsync(CancellationToken cancellationToken)
    {
        if (Address() is not { } address)
        {
            return Unprocessable();
        }

        Found = await Of(address).CountAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        if (Address() is not { } address)
        {
            return Unprocessable();
        }

        var json = await CommenterExport.ToJsonAsync(db, Of(address), options.PublicRoot(Request), cancellationToken);
        return File(json, "application/json", "comments.json");
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken cancellationToken)
    {
        if (Address() is not { } address)
        {
            return Unprocessable();
        }

        if (!Confirmed)
        {
            // The first press only asks: nothing is erased until the box of the confirmation form is ticked.
            Found = await Of(address).CountAsync(cancellationToken);
            if (!Confirming)
            {
                Confirming = true;
                return Page();
            }

            ModelState.AddModelError(nameof(Confirmed), "Tick the box to confirm the erasure, or leave this page to keep the comments as they are.");
            return Unprocessable();
        }

        if (AlsoDelete)
        {
            var deleted = await queue.DeleteAsync(await Of(address).Select(c => c.Id).ToListAsync(cancellationToken), cancellationToken);
            return Done(Path, T.Plural("{0} comments are deleted; replies to them by others are kept.", deleted));
        }

        // Each comment gets its own placeholder, so the erased comments cannot even be linked to one another.
        var erased = await Of(address).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.AuthorName, "Anonymous")
            .SetProperty(c => c.AuthorEmail, c => "erased-" + c.Id.ToString() + "@invalid")
            .SetProperty(c => c.AuthorUrl, (string?)null)
            .SetProperty(c => c.IpHash, (string?)null), cancellationToken);
        return Done(Path, T.Plural("{0} comments are anonymized: the name, email address, website and sender are gone; the text is kept.", erased));
    }

    private string? Address()
    {
        if (Email?.Trim() is not { Length: > 2 and <= 256 } address || !address.Contains('@'))
        {
            ModelState.AddModelError(nameof(Email), "Please give the email address the person commented with.");
            return null;
        }

        return address;
    }

    // Commenters type their address in any case, and a request covers all of them.
    private IQueryable<Comment> Of(string address)
    {
        var lower = address.ToLowerInvariant();
        return db.Comments.Where(c => c.AuthorEmail.ToLower() == lower);
    }
}
