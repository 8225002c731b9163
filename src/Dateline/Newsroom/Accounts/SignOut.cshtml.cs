using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dateline.Newsroom.Accounts;

/// <summary>Signing out is a POST with the antiforgery token, so a link on another site cannot sign a member out.</summary>
public sealed class SignOutModel(SignInManager<NewsroomUser> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/admin");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/admin/sign-in");
    }
}
