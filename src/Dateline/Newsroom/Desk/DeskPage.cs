using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Dateline.Newsroom.Desk;

/// <summary>
/// What the desk's pages share: the first error of a field for the form partials, the notice shown after a change,
/// and the 422 answer that keeps what was typed when a form is refused.
/// </summary>
public abstract class DeskPage : PageModel, INewsroomPage
{
    public abstract string Title { get; }

    public virtual object[] TitleArguments => [];

    public string? Notice { get; protected set; }

    /// <summary>
    /// The newsroom's labels in the member's language, for the messages a page writes with a name or a number in
    /// them. Fixed messages can stay English here: the views translate notices and errors as they show them.
    /// </summary>
    protected IStringLocalizer<NewsroomLabels> T => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<NewsroomLabels>>();

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>After a change, the browser goes back to a page that says what happened (post, redirect, get).</summary>
    protected RedirectResult Done(string path, string notice) => Redirect(QueryHelpers.AddQueryString(path, "notice", notice));

    /// <summary>The form again, with its messages and everything typed, as 422 so scripts and tests see the refusal.</summary>
    protected PageResult Unprocessable()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
