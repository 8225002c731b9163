using System.ComponentModel.DataAnnotations;
using Dateline.Data;
using Dateline.Site;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Accounts;

/// <summary>Signing in to the newsroom. Five wrong passwords lock the account for 15 minutes; the message never says which part was wrong.</summary>
public sealed class SignInModel(DatelineDb db, SignInManager<NewsroomUser> signIn) : PageModel, INewsroomPage
{
    public string Title => "Sign in";

    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class SignInInput
    {
        [Required(ErrorMessage = "Please give your email address.")]
        [StringLength(256, ErrorMessage = "An email address can be at most 256 characters.")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Please give your password.")]
        [StringLength(1000, ErrorMessage = "A password can be at most 1,000 characters.")]
        public string? Password { get; set; }

        public bool Remember { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await db.Users.AnyAsync(cancellationToken) ? Page() : Redirect("/admin/setup");

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email!.Trim(), Input.Password!, Input.Remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Redirect(SafeReturn(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return Redirect("/admin/sign-in/two-factor" + QueryString.Create(new Dictionary<string, string?> { ["returnUrl"] = SafeReturn(ReturnUrl), ["remember"] = Input.Remember.ToString() }));
        }

        ModelState.AddModelError("", result.IsLockedOut
            ? "Too many failed attempts: this account is locked for 15 minutes. You can reset your password meanwhile."
            : "That email address and password do not match a newsroom account.");
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    /// <summary>Only a path in the newsroom: a crafted link cannot send a freshly signed-in member elsewhere.</summary>
    public static string SafeReturn(string? returnUrl) =>
        returnUrl is { } url && LocalUrl.IsLocal(url) && (url == NewsroomSite.Root || url.StartsWith(NewsroomSite.Root + "/", StringComparison.Ordinal))
            ? url : NewsroomSite.Root;
}
