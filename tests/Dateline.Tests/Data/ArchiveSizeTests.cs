using System.Globalization;
using Dateline.Articles;
using Dateline.Data;
using Dateline.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Dateline.Tests.Data;

/// <summary>
/// The demo newsroom in both editions on SQLite (whichever provider the suite runs on: the measure is SQLite's own),
/// with the reader cache off so every request renders, and SQLite's work counted per request (<see cref="SqliteWork"/>).
/// </summary>
public sealed class GrowingArchive() : AppFixture(TestDatabase.Create(DatabaseProvider.Sqlite), ownsDatabase: true)
{
    protected override bool DemoEditions => true;

    protected override IEnumerable<string> Configuration => ["--Dateline:OutputCache:Enabled=false"];

    public SqliteWork Work => Services.GetRequiredService<SqliteWork>();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<SqliteWork>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<SqliteWork>());
    }

    /// <summary>Adds synthetic published articles, the way `Dateline generate` does.</summary>
    public Task GrowAsync(int articles) => WithDbAsync(db =>
        new SyntheticArticles(db, Services.GetRequiredService<TimeProvider>()).AddAsync(articles, new Progress<int>(), CancellationToken.None));

    /// <summary>GETs the path (it must answer 200) and says how much work SQLite did for it.</summary>
    public async Task<long> WorkOfAsync(string path) => (await MeasureAsync(path)).Instructions;

    /// <summary>GETs the path (it must answer 200): SQLite's work for it, and its costliest statement.</summary>
    public async Task<(long Instructions, string Costliest)> MeasureAsync(string path)
    {
        var name = await GetNamedAsync(path);
        var costliest = Work.StatementsOf(name).FirstOrDefault();
        return (Work.Of(name), $"{costliest.Instructions:N0} in {costliest.Sql}");
    }

    /// <summary>GETs the path (it must answer 200): how many connections it opened, for how many statements.</summary>
    public async Task<(int Opens, int Statements)> ConnectionsOfAsync(string path) => Work.ConnectionsOf(await GetNamedAsync(path));

    /// <summary>GETs the path under a new name that <see cref="SqliteWork"/> counts it by; it must answer 200.</summary>
    private async Task<string> GetNamedAsync(string path)
    {
        var name = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(SqliteWork.Header, name);
        using var response = await Client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        return name;
    }
}

/// <summary>
/// "No work proportional to the archive": every reader page costs the same whether the site holds one thousand articles
/// or six thousand. Measured as SQLite's executed instructions, not time, so a busy machine cannot make it pass or fail;
/// a query that walks the archive (a scan, or an index range over every published article) grows with it and fails.
/// </summary>
[Collection(Name)]
public sealed class ArchiveSizeTests(GrowingArchive site, ITestOutputHelper output) : IClassFixture<GrowingArchive>
{
    public const string Name = "growing archive";

    private const int Before = 1_000;
    private const int Added = 5_000;

    // "officials" is in every synthetic article's first sentence.
    private const string Search = "/search?q=officials";

    /// <summary>
    /// The pages, found as a reader finds them, with the demo's own article (which has a translation) and its section,
    /// tag, author and story. Deep pages are a fixed number of pages in: their cost may depend on the depth, never on
    /// how much lies beyond it. Search is measured on its own (below). Left out, because what they answer grows with the
    /// archive: a filtered search ranks every match it may show, the sitemap index counts each month's articles to split
    /// its files, and the WordPress API's X-WP-Total counts the posts. All are served from the reader cache between
    /// changes.
    /// </summary>
    private async Task<IReadOnlyList<string>> PagesAsync()
    {
        var article = await site.FullyLinkedArticleAsync();
        var translated = await site.WithDbAsync(db => db.Articles.AsNoTracking()
            .Where(a => a.TranslationOfId != null).Select(a => a.TranslationOf!).FirstAsync());
        return
        [
            "/",
            article.Path,
            translated.Path,
            article.PrimarySection.Url,
            "/category/world",
            "/category/world?page=5",
            article.Tags[0].Url,
            article.Bylines[0].Author.Url,
            article.Story!.Url,
            "/feed",
            "/category/world/feed",
            "/news-sitemap.xml",
            "/wp-json/wp/v2/posts/" + article.Id,
            "/fa/",
        ];
    }

    [Fact]
    public async Task Every_reader_page_costs_the_same_with_six_times_the_archive()
    {
        await site.GrowAsync(Before);
        var pages = await PagesAsync();
        var small = new Dictionary<string, long>();
        await site.WorkOfAsync(Search);
        var searchBefore = await site.WorkOfAsync(Search);
        foreach (var page in pages)
        {
            await site.WorkOfAsync(page); // warm: the first render of a page may fill the site's own small caches
            small[page] = await site.WorkOfAsync(page);
        }

        await site.GrowAsync(Added);
        var grown = new List<string>();
        foreach (var page in pages)
        {
            await site.WorkOfAsync(page);
            var (large, costliest) = await site.MeasureAsync(page);
            output.WriteLine($"{page}: {small[page]:N0} → {large:N0} instructions");
            // A deeper B-tree costs a few more steps per lookup; six times the rows would cost up to six times the work.
            if (large > small[page] * 3 / 2 + 2_000)
            {
                grown.Add($"{page}: {small[page]:N0} → {large:N0} (costliest: {costliest})");
            }
        }

        Assert.True(grown.Count == 0, "SQLite's work grew with the archive on:\n" + string.Join("\n\n", grown));

        // A search for a word in every article reads and ranks only the newest matches, as many at either size. bm25
        // still weighs each word by how many articles hold it, a count FTS5 makes by walking the word's index entries
        // (a few bytes each): that part grows with the archive, far more slowly than the archive does.
        await site.WorkOfAsync(Search);
        var searchAfter = await site.WorkOfAsync(Search);
        output.WriteLine($"{Search}: {searchBefore:N0} → {searchAfter:N0} instructions");
        Assert.True(searchAfter <= searchBefore * 2, $"{Search} took {searchBefore:N0} instructions, {searchAfter:N0} with six times the matches");

        // Far more articles match than were read: the page says so rather than counting them.
        var search = await site.Client.GetPageAsync(Search);
        var read = global::Dateline.Search.IndexModel.NewestMatches.ToString(CultureInfo.InvariantCulture);
        Assert.Equal($"More than {read} results", search.QuerySelector(".search-count")!.Text());

        // Deep pages, reached as readers reach them (the Older link, keyset), cost what the first page costs.
        var older = "/category/world";
        for (var page = 1; page <= 12; page++)
        {
            older = (await site.Client.GetPageAsync(older)).QuerySelector(".pagination a[rel=next]")!.GetAttribute("href")!;
        }

        var (first, deep) = (await site.WorkOfAsync("/category/world"), await site.WorkOfAsync(older));
        output.WriteLine($"/category/world: page 1 {first:N0}, {older} {deep:N0} instructions");
        Assert.True(deep <= first * 3 / 2 + 2_000, $"page 13 by keyset ({older}) took {deep:N0} instructions, page 1 {first:N0}");

        // The last page of an author's several hundred articles, by keyset, costs about what the first costs: nothing walks
        // the index from the present down to the key (as a second upper bound, "published by now", once made it do).
        var author = pages.Single(page => page.StartsWith("/author/", StringComparison.Ordinal));
        var authorId = await site.WithDbAsync(db => db.Authors.Where(a => author.EndsWith("/" + a.Slug)).Select(a => a.Id).SingleAsync());
        var listed = await site.WithDbAsync(db => db.Articles.AsNoTracking().InEdition(1).Published(DateTime.UtcNow)
            .Where(a => a.Bylines.Any(b => b.AuthorId == authorId)).NewestFirst().Select(a => a.Id).ToListAsync());
        var last = $"{author}?page={(listed.Count - 21) / 20 + 2}&before={listed[^21]}";
        var (authorFirst, authorLast) = (await site.WorkOfAsync(author), await site.WorkOfAsync(last));
        output.WriteLine($"{author}: page 1 {authorFirst:N0}, {last} of {listed.Count} {authorLast:N0} instructions");
        // The last page also reads past the list's oldest article to learn that no page follows: up to twice page 1.
        // Walking down from the present instead cost about seven times page 1 here.
        Assert.True(authorLast <= authorFirst * 2 + 4_000, $"{last} (of {listed.Count}) took {authorLast:N0} instructions, page 1 {authorFirst:N0}");
    }

    /// <summary>
    /// EF closes its connection after every statement unless told otherwise, and each open and close of a pooled SQLite
    /// connection registers and removes EF's SQL functions (Data/SqliteOpenOncePerContext).
    /// </summary>
    [Fact]
    public async Task Every_reader_page_opens_one_connection_for_all_its_statements()
    {
        // Not the section's page 5: the demo alone has fewer pages, and that page is rendered like the section's first.
        var mostStatements = 0;
        foreach (var page in (await PagesAsync()).Where(page => !page.Contains("?page=", StringComparison.Ordinal)))
        {
            await site.ConnectionsOfAsync(page); // warm, as above
            var (opens, statements) = await site.ConnectionsOfAsync(page);
            output.WriteLine($"{page}: {statements} statements, {opens} connection opened");
            Assert.True(opens == 1 && statements >= 1, $"{page} opened {opens} connections for {statements} statements");
            mostStatements = Math.Max(mostStatements, statements);
        }

        Assert.True(mostStatements > 5, $"No page ran more than {mostStatements} statements: one connection each proves nothing");
    }
}

/// <summary>
/// Runs alone, after the rest: generating thousands of articles allocates hundreds of megabytes, which tests that
/// measure the process's allocations (the WordPress import's hostile input) would count as theirs.
/// </summary>
[CollectionDefinition(ArchiveSizeTests.Name, DisableParallelization = true)]
public sealed class GrowingArchiveCollection;
