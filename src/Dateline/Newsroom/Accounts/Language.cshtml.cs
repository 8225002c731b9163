using Dateline.Editions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dateline.Newsroom.Accounts;

/// <summary>
/// The newsroom's language chooser posts here (with the antiforgery token, so another site cannot switch it) and
/// goes back to the page it was on. Open before sign-in, so the sign-in page can be read in Dari too.
/// </summary>
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet() => Redirect(NewsroomSite.Root);

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        if (NewsroomLanguages.Find(culture) is not { } chosen)
        {
            return BadRequest("The newsroom is not offered in that language.");
        }

        NewsroomLanguages.Choose(Response, chosen, Request.IsHttps);
        // Only back into the newsroom: the field must not turn this into an open redirect.
        var back = returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) && EditionRouting.IsShared(returnUrl)
            && returnUrl.StartsWith(NewsroomSite.Root, StringComparison.OrdinalIgnoreCase) ? returnUrl : NewsroomSite.Root;
        return Redirect(back);
    }
}
