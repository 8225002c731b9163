using Dateline.Caching;
using Dateline.Editions;
using Dateline.Articles;
using Dateline.Data;
using Dateline.Feeds;
using Dateline.Sections;
using Dateline.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Home;

/// <summary>The front page: the lead story, the latest stories and a block for each top section.</summary>
[OutputCache(PolicyName = ReaderCache.Pages)]
public sealed class IndexModel(DatelineDb db, SiteChrome chrome, TimeProvider clock) : PageModel, IPageHead, IHasFeeds
{
    private const int LatestCount = 12;
    private const int BlockSize = 4;

    public ArticleTeaser? Lead { get; private set; }
    public IReadOnlyList<ArticleTeaser> Latest { get; private set; } = [];
    public IReadOnlyList<SectionBlock> Blocks { get; private set; } = [];

    public string? Title => null;
    public string? Description { get; private set; }
    public string? CanonicalPath => "/";
    public string FeedPagePath => "/";
    public string? FeedName => null;

    /// <summary>The site (with its search, so a search engine can offer a search box for it) and the organisation behind it.</summary>
    public IEnumerable<object> StructuredData(SiteChrome.Frame site, string origin) =>
    [
        new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "WebSite",
            ["name"] = site.Name,
            ["url"] = origin + "/",
            ["inLanguage"] = site.Language,
            ["publisher"] = JsonLd.Publisher(site, origin),
            ["potentialAction"] = new Dictionary<string, object?>
            {
                ["@type"] = "SearchAction",
                ["target"] = new Dictionary<string, object?> { ["@type"] = "EntryPoint", ["urlTemplate"] = origin + "/search?q={search_term_string}" },
                ["query-input"] = "required name=search_term_string",
            },
        },
        JsonLd.Root(JsonLd.Publisher(site, origin)),
    ];

    public sealed record SectionBlock(Section Section, IReadOnlyList<ArticleTeaser> Articles);

    public async Task<IActionResult> OnGetAsync(string? s, CancellationToken cancellationToken)
    {
        // WordPress's search address, kept so old links and habits still work.
        if (s is not null)
        {
            return RedirectPermanent("/search" + QueryString.Create("q", s));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var edition = HttpContext.Edition().Id;
        var published = db.Articles.AsNoTracking().InEdition(edition).Published(now);
        var latest = await published.NewestFirst().ToTeasers().Take(LatestCount + 1).ToListAsync(cancellationToken);
        Lead = latest.FirstOrDefault(a => a.ImageUrl is not null) ?? latest.FirstOrDefault();
        Latest = latest.Where(a => a != Lead).Take(LatestCount).ToList();
        Description = (await chrome.LoadAsync(cancellationToken)).Tagline;

        // The section tree is small; reading it once replaces a query per top section.
        var sections = await db.Sections.AsNoTracking().InEdition(edition).OrderBy(x => x.Position).ThenBy(x => x.Name).ToListAsync(cancellationToken);
        var blocks = new List<SectionBlock>();
        foreach (var section in sections.Where(x => x.ParentId == null))
        {
            var ids = sections.Where(section.Contains).Select(x => x.Id).ToList();
            var articles = await published.InSections(ids).NewestFirst().ToTeasers().Take(BlockSize).ToListAsync(cancellationToken);
            if (articles.Count > 0)
            {
                blocks.Add(new SectionBlock(section, articles));
            }
        }

        Blocks = blocks;
        HttpContext.ShowsInCache([
            CacheTags.Home, .. latest.Select(a => CacheTags.Article(a.Id)),
            .. blocks.SelectMany(b => b.Articles.Select(a => CacheTags.Article(a.Id)).Append(CacheTags.Section(b.Section.Id)))]);
        return Page();
    }
}
