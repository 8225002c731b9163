using Dateline.Caching;
using Dateline.Data;
using Dateline.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Dateline.StaticPages;

[OutputCache(PolicyName = ReaderCache.Pages)]
public sealed class ShowModel(DatelineDb db) : PageModel, IPageHead
{
    public StaticPage StaticPage { get; private set; } = null!;

    public string? Title => StaticPage.Title;
    public string? Description => null;
    public string? CanonicalPath => StaticPage.Url;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var key = Slug.Key(slug);
        var page = await db.StaticPages.AsNoTracking()
            .FirstOrDefaultAsync(p => p.Slug == key && p.IsPublished, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        StaticPage = page;
        HttpContext.ShowsInCache(CacheTags.Page(page.Id));
        return Page();
    }
}
