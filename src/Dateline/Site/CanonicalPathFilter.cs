using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dateline.Site;

/// <summary>
/// One address per page: a reader page reached by another spelling (upper case, a trailing slash, an
/// old section path) answers 301 to its canonical path, keeping the query string.
/// </summary>
public sealed class CanonicalPathFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var request = context.HttpContext.Request;
        if (executed.Result is not PageResult
            || !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            || executed.HandlerInstance is not IPageHead { CanonicalPath: { } canonical })
        {
            return;
        }

        var canonicalPath = canonical.Split('?', 2)[0];
        if (!string.Equals(request.Path.Value, canonicalPath, StringComparison.Ordinal))
        {
            executed.Result = new RedirectResult(LocalUrl.ForHeader(request.PathBase + canonicalPath, request.QueryString), permanent: true);
        }
    }
}
