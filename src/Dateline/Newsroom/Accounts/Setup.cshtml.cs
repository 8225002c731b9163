using System.ComponentModel.DataAnnotations;
using System.Data;
using Dateline.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Accounts;

/// <summary>
/// The one-time page that creates the first Administrator of a site with no accounts. Once anyone exists it is gone (404),
/// and two people racing to use it end with one Administrator: the check and the insert share a serializable transaction.
/// </summary>
public sealed class SetupModel(DatelineDb db, NewsroomAccounts accounts, SignInManager<NewsroomUser> signIn) : PageModel, INewsroomPage
{
    public string Title => "Set up the newsroom";

    [BindProperty]
    public SetupInput Input { get; set; } = new();

    public sealed class SetupInput
    {
        [Required(ErrorMessage = "Please give your name.")]
        [StringLength(200, ErrorMessage = "A name can be at most 200 characters.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Please give your email address.")]
        [EmailAddress(ErrorMessage = "Please give a valid email address.")]
        [StringLength(256, ErrorMessage = "An email address can be at most 256 characters.")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Please choose a password.")]
        [StringLength(1000, ErrorMessage = "A password can be at most 1,000 characters.")]
        public string? Password { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await db.Users.AnyAsync(cancellationToken) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        NewsroomUser? user;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
            if (await db.Users.AnyAsync(cancellationToken))
            {
                return NotFound();
            }

            (user, var errors) = await accounts.CreateAsync(Input.Email!, Input.Name!, NewsroomRoles.Administrator, Input.Password, cancellationToken);
            foreach (var error in errors)
            {
                ModelState.AddModelError(error.Field, error.Message);
            }

            if (user is null)
            {
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            // Someone else finished the setup in the same moment; theirs stands.
            return NotFound();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect("/admin");
    }
}
