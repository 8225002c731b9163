using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dateline.Newsroom.Accounts;

/// <summary>
/// Choosing a password from a mailed link (a reset or an invitation). The token is single-use: the new password changes
/// the security stamp, which ends every other session of the account and voids the link.
/// </summary>
public sealed class ResetPasswordModel(UserManager<NewsroomUser> users) : PageModel, INewsroomPage
{
    public string Title => "Choose a password";

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Please choose a password.")]
    [StringLength(1000, ErrorMessage = "A password can be at most 1,000 characters.")]
    public string? Password { get; set; }

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var user = Email is null ? null : await users.FindByEmailAsync(Email);
        var result = user is null || Token is null
            ? IdentityResult.Failed(new IdentityError { Code = "InvalidToken" })
            : await users.ResetPasswordAsync(user, Token, Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "InvalidToken" ? "" : "Password", error.Code switch
                {
                    "InvalidToken" => "This link has expired or was used already; ask for a new one.",
                    "PasswordTooShort" => "A password needs at least 12 characters.",
                    _ => error.Description,
                });
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        // A reset is also the way out of a lockout.
        await users.SetLockoutEndDateAsync(user!, null);
        await users.ResetAccessFailedCountAsync(user!);
        Done = true;
        return Page();
    }
}
