using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dateline.Newsroom.Accounts;

/// <summary>The second step of signing in for members with two-factor on: a code from their authenticator app, or a recovery code.</summary>
public sealed class TwoFactorModel(SignInManager<NewsroomUser> signIn) : PageModel, INewsroomPage
{
    public string Title => "Two-factor sign-in";

    [BindProperty]
    [Required(ErrorMessage = "Please give the code from your authenticator app.")]
    [StringLength(64, ErrorMessage = "A code is at most 64 characters.")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Remember { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/admin/sign-in") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return Redirect("/admin/sign-in");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var code = Code!.Replace(" ", "").Replace("-", "");
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, Remember, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Code!.Replace(" ", ""));
        if (result.Succeeded)
        {
            return Redirect(SignInModel.SafeReturn(ReturnUrl));
        }

        ModelState.AddModelError("Code", result.IsLockedOut
            ? "Too many failed attempts: this account is locked for 15 minutes."
            : "That code is not right, or it has expired; try the newest one.");
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
