using Dateline.Articles;
using Dateline.Data;
using Dateline.Sections;
using Dateline.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Home;

/// <summary>The front page: the lead story, the latest stories and a block for each top section.</summary>
public sealed class IndexModel(DatelineDb db, TimeProvider clock) : PageModel, IPageHead
{
    private const int LatestCount = 12;
    private const int BlockSize = 4;

    public ArticleTeaser? Lead { get; private set; }
    public IReadOnlyList<ArticleTeaser> Latest { get; private set; } = [];
    public IReadOnlyList<SectionBlock> Blocks { get; private set; } = [];

    public string? Title => null;
    public string? Description { get; private set; }
    public string? CanonicalPath => "/";

    public sealed record SectionBlock(Section Section, IReadOnlyList<ArticleTeaser> Articles);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var published = db.Articles.AsNoTracking().Published(now);
        var latest = await published.NewestFirst().ToTeasers().Take(LatestCount + 1).ToListAsync(cancellationToken);
        Lead = latest.FirstOrDefault(a => a.ImageUrl is not null) ?? latest.FirstOrDefault();
        Latest = latest.Where(a => a != Lead).Take(LatestCount).ToList();
        Description = await db.SiteSettings.AsNoTracking().Select(s => s.Tagline).FirstOrDefaultAsync(cancellationToken);

        var topSections = await db.Sections.AsNoTracking().Where(s => s.ParentId == null)
            .OrderBy(s => s.Position).ThenBy(s => s.Name).ToListAsync(cancellationToken);
        var blocks = new List<SectionBlock>();
        foreach (var section in topSections)
        {
            var ids = await db.Sections.SubtreeIds(section.Path, cancellationToken);
            var articles = await published.InSections(ids).NewestFirst().ToTeasers().Take(BlockSize).ToListAsync(cancellationToken);
            if (articles.Count > 0)
            {
                blocks.Add(new SectionBlock(section, articles));
            }
        }

        Blocks = blocks;
    }
}
