using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dateline.Newsroom.Accounts;

/// <summary>Asks for a reset link. The answer is the same whether or not the address has an account, so it reveals none.</summary>
public sealed class ForgotPasswordModel(UserManager<NewsroomUser> users, PasswordLinks links, Hosting.DatelineOptions options) : PageModel, INewsroomPage
{
    public string Title => "Reset your password";

    [BindProperty]
    [Required(ErrorMessage = "Please give your email address.")]
    [StringLength(256, ErrorMessage = "An email address can be at most 256 characters.")]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (await users.FindByEmailAsync(Email!.Trim()) is { } user)
        {
            await links.SendResetAsync(user, options.PublicRoot(Request), cancellationToken);
        }

        Sent = true;
        return Page();
    }
}
