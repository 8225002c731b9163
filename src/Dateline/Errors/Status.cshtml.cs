using Dateline.Editions;
using Dateline.Articles;
using Dateline.Data;
using Dateline.Site;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dateline.Errors;

/// <summary>
/// The page readers see for any error status: for a 404 a search box and the latest stories, so a
/// dead link still leads somewhere. Reached by status-code re-execution and by the exception handler.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(DatelineDb db, TimeProvider clock, IStringLocalizer<Labels> labels, ILogger<StatusModel> logger) : PageModel, IPageHead
{
    public int Code { get; private set; }
    public IReadOnlyList<ArticleTeaser> Latest { get; private set; } = [];

    /// <summary>What was wrong with a request the site could not read (see MalformedForms), to tell the reader.</summary>
    public string? Problem => HttpContext.Items[MalformedForms.ProblemKey] as string;

    public string? Title => Code == 404 ? labels["Page not found"] : labels["Something went wrong"];
    public string? Description => null;
    public string? CanonicalPath => null;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => RenderAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => RenderAsync(cancellationToken);

    // The status comes from the pipeline, never from the URL or a form, so /error/500 typed by hand is a 404.
    private async Task<IActionResult> RenderAsync(CancellationToken cancellationToken)
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode;
        var failure = HttpContext.Features.Get<IExceptionHandlerFeature>();
        // A database that is away is a temporary outage, not a fault of the page: 503, and when to try again.
        Code = failure is null ? original is >= 400 and <= 599 ? original.Value : 404 : DatabaseAway.Caused(failure.Error) ? 503 : 500;
        Response.StatusCode = Code;
        if (Code == 503)
        {
            Response.Headers.RetryAfter = "30";
        }

        Response.Headers.CacheControl = "no-store";
        if (Code == 404)
        {
            try
            {
                Latest = await db.Articles.AsNoTracking().InEdition(HttpContext.Edition().Id).Published(clock.GetUtcNow().UtcDateTime)
                    .NewestFirst().ToTeasers().Take(6).ToListAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The error page must render even when the database is the problem.
                logger.LogWarning("Latest stories could not be read for the error page: {Reason}", e.GetBaseException().Message);
            }
        }

        return Page();
    }
}
