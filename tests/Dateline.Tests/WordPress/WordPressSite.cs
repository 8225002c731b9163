using Dateline.Articles;
using Dateline.Data;
using Dateline.Hosting;
using Dateline.WordPress;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.Tests.WordPress;

/// <summary>An empty site (no demo newsroom) to import into, and what the tests need to read back.</summary>
public sealed class WordPressSite : AppFixture
{
    public static string ThemeUnitTest =>
        Path.GetFullPath(Path.Combine(TestEnvironment.RepositoryRoot, "..", "shared", "fixtures", "wordpress", "themeunittestdata.wordpress.xml"));

    public static string Own(string name) => Path.Combine(TestEnvironment.RepositoryRoot, "tests", "Dateline.Tests", "WordPress", "Fixtures", name);

    protected override bool SeedDemoContent => false;

    public async Task<ImportSummary> ImportAsync(string file, int batchSize = WordPressImport.BatchSize, Action<int>? afterBatch = null, CancellationToken cancellationToken = default, string? uploads = null)
    {
        await using var stream = File.OpenRead(file);
        return await ImportAsync(stream, batchSize, afterBatch, cancellationToken, uploads);
    }

    public async Task<ImportSummary> ImportAsync(Stream stream, int batchSize = WordPressImport.BatchSize, Action<int>? afterBatch = null, CancellationToken cancellationToken = default, string? uploads = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var import = new WordPressImport(scope.ServiceProvider.GetRequiredService<DatelineDb>(), TimeProvider.System,
            scope.ServiceProvider.GetRequiredService<DatelineOptions>().MediaDirectory, batchSize);
        if (afterBatch is not null)
        {
            import.BatchWritten += afterBatch;
        }

        return await import.RunAsync(stream, uploads, null, null, cancellationToken);
    }

    /// <summary>Everything an import writes, by natural keys (ids differ between databases), one line per row, sorted.</summary>
    public Task<string> SnapshotAsync() => WithDbAsync(async db =>
    {
        var lines = new List<string>();
        var sections = await db.Sections.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Path);
        var tags = await db.Tags.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Slug);
        var authors = await db.Authors.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Slug);
        lines.AddRange(sections.Values.Select(p => "section " + p));
        lines.AddRange(tags.Values.Select(t => "tag " + t));
        lines.AddRange(authors.Values.Select(a => "author " + a));
        foreach (var a in await db.Articles.AsNoTracking().Include(a => a.Sections).Include(a => a.Tags).Include(a => a.Bylines).AsSplitQuery().ToListAsync())
        {
            lines.Add($"article {a.Path} {a.Headline} {a.Status} {a.ScheduledFor:O} {a.BodyHtml.GetHashCode()} {a.Standfirst} {sections[a.PrimarySectionId]} " +
                $"[{string.Join(",", a.Sections.Select(s => sections[s.Id]).Order())}] [{string.Join(",", a.Tags.Select(t => tags[t.Id]).Order())}] " +
                $"[{string.Join(",", a.Bylines.Select(b => authors[b.AuthorId]))}] {a.CommentStatus} {a.FeaturedImageId is null}");
        }

        var articles = await db.Articles.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Slug);
        var comments = await db.Comments.AsNoTracking().ToListAsync();
        var bodies = comments.ToDictionary(c => c.Id, c => c.Body.GetHashCode());
        lines.AddRange(comments.Select(c => $"comment {articles[c.ArticleId]} {c.Body.GetHashCode()} {c.Status} {c.AuthorName} {c.CreatedAt:O} parent={(c.ParentId is { } p ? bodies[p] : 0)}"));
        lines.AddRange(await db.StaticPages.AsNoTracking().Select(p => $"page {p.Slug} {p.Title} {p.IsPublished} {p.BodyHtml.Length}").ToListAsync());
        lines.AddRange(await db.Redirects.AsNoTracking().Select(r => $"redirect {r.FromPath} {r.ToPath}").ToListAsync());
        lines.AddRange(await db.MenuItems.AsNoTracking().Select(m => $"menu {m.Position} {m.Label} {m.Url}").ToListAsync());
        lines.AddRange((await db.WordPressSources.AsNoTracking().GroupBy(s => s.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
            .Select(g => $"mapped {g.Key} {g.Count}"));
        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines);
    });

    public Task<int> CountAsync<T>() where T : class => WithDbAsync(db => db.Set<T>().CountAsync());

    public Task<List<string>> PublishedPathsAsync() => WithDbAsync(async db =>
        (await db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published).Select(a => new { a.PublishedAt, a.Slug }).ToListAsync())
        .Select(a => Article.PathFor(a.PublishedAt!.Value, a.Slug))
        .Concat(await db.StaticPages.AsNoTracking().Where(p => p.IsPublished).Select(p => "/" + p.Slug).ToListAsync())
        .ToList());
}
