using Dateline.Caching;
using Dateline.Editions;
using Dateline.Articles;
using Dateline.Data;
using Dateline.Feeds;
using Dateline.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dateline.Sections;

/// <summary>A section front: its sub-sections and its articles (its own and its sub-sections'), newest first.</summary>
[OutputCache(PolicyName = ReaderCache.Pages)]
public sealed class ShowModel(DatelineDb db, TimeProvider clock, IStringLocalizer<Labels> labels) : PageModel, IPageHead, IHasFeeds
{
    public Section Section { get; private set; } = null!;
    public IReadOnlyList<Section> Breadcrumb { get; private set; } = [];
    public IReadOnlyList<Section> Children { get; private set; } = [];
    public IReadOnlyList<ArticleTeaser> Articles { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public string? Title => Paging.Page > 1 ? labels["{0}, page {1}", Section.Name, Paging.Page] : Section.Name;
    public string? Description => Section.Description;
    public string? CanonicalPath => Paging.UrlFor(Paging.Page);
    public string FeedPagePath => Section.Url;
    public string? FeedName => Section.Name;

    public IEnumerable<object> StructuredData(SiteChrome.Frame site, string origin) =>
        [JsonLd.Breadcrumb([(labels["Home"], "/"), .. Breadcrumb.Select(s => (s.Name, s.Url))], origin)];

    public async Task<IActionResult> OnGetAsync(string? path, [FromQuery(Name = "page")] string? pageText,
        [FromQuery(Name = Paging.Before)] string? beforeText, CancellationToken cancellationToken)
    {
        var pageNumber = Paging.TryParseBefore(beforeText, out var before) ? Paging.ParsePage(pageText) : null;
        var normalized = (path ?? "").Trim('/').ToLowerInvariant();
        if (pageNumber is null || normalized.Length is 0 or > 1000)
        {
            return NotFound();
        }

        var sections = db.Sections.AsNoTracking().InEdition(HttpContext.Edition().Id);
        var section = await sections.FirstOrDefaultAsync(s => s.Path == normalized, cancellationToken);
        if (section is null)
        {
            return NotFound();
        }

        Section = section;
        Breadcrumb = await sections.Trail(section.Path, cancellationToken);
        Children = await sections.Where(s => s.ParentId == section.Id)
            .OrderBy(s => s.Position).ThenBy(s => s.Name).ToListAsync(cancellationToken);
        var ids = await sections.SubtreeIds(section.Path, cancellationToken);
        var query = db.Articles.AsNoTracking().InSections(ids);
        (Articles, Paging) = await Paging.ReadNewestAsync(query, clock.GetUtcNow().UtcDateTime, section.Url, pageNumber.Value, before, cancellationToken);
        HttpContext.ShowsInCache([
            CacheTags.SectionList(section.Id), .. Breadcrumb.Concat(Children).Select(s => CacheTags.Section(s.Id)),
            .. Articles.Select(a => CacheTags.Article(a.Id))]);
        return Articles.Count == 0 && Paging.Page > 1 ? NotFound() : Page();
    }
}
