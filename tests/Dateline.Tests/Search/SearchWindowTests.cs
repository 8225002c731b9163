using System.Globalization;
using Dateline.Articles;
using Dateline.Demo;
using Dateline.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.Tests.Search;

/// <summary>The demo newsroom and 600 synthetic articles, every one of which says "officials".</summary>
public sealed class ManyMatches : AppFixture
{
    public const int Added = 600;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await WithDbAsync(db => new SyntheticArticles(db, Services.GetRequiredService<TimeProvider>()).AddAsync(Added, new Progress<int>(), CancellationToken.None));
    }
}

/// <summary>
/// A search with no filter reads and ranks only the newest matches (IndexModel.NewestMatches), on either database:
/// it says there are more rather than counting them, and every page a reader may ask for is still there.
/// </summary>
public sealed class SearchWindowTests(ManyMatches site) : IClassFixture<ManyMatches>
{
    private const string Word = "/search?q=officials";

    [Fact]
    public async Task More_matches_than_are_read_are_reported_as_more_and_every_page_is_there()
    {
        var first = await site.Client.GetPageAsync(Word);
        var read = IndexModel.NewestMatches.ToString(CultureInfo.InvariantCulture);
        Assert.Equal($"More than {read} results", first.QuerySelector(".search-count")!.Text());

        // Fifty pages of ten: the last is full and leads nowhere; the page after it is refused, as it always was.
        var last = await site.Client.GetPageAsync($"{Word}&page={IndexModel.MaxPage}");
        Assert.Equal(IndexModel.NewestMatches / IndexModel.MaxPage, last.QuerySelectorAll(".search-results > li").Length);
        Assert.Null(last.QuerySelector(".pagination a[rel=next]"));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync($"{Word}&page={IndexModel.MaxPage + 1}")).StatusCode);
    }

    [Fact]
    public async Task Newest_first_starts_from_the_newest_match()
    {
        var page = await site.Client.GetPageAsync($"{Word}&sort=newest");
        var shown = page.QuerySelectorAll(".search-results time").Select(t => DateTime.Parse(t.GetAttribute("datetime")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(shown.OrderByDescending(d => d), shown);
        var newestSynthetic = await site.WithDbAsync(db => db.Articles.AsNoTracking().Published(DateTime.UtcNow)
            .Where(a => a.SourceAttribution == "(Dateline synthetic)").MaxAsync(a => a.PublishedAt));
        Assert.True(shown[0] >= newestSynthetic!.Value.AddSeconds(-1), $"first {shown[0]:O}, newest match at least {newestSynthetic:O}");
    }

    [Fact]
    public async Task A_filtered_search_reads_every_match_and_counts_them()
    {
        var page = await site.Client.GetPageAsync($"{Word}&from=2000-01-01");
        var label = page.QuerySelector(".search-count")!.Text();
        Assert.EndsWith(" results", label);
        Assert.True(int.Parse(label.Split(' ')[0], CultureInfo.InvariantCulture) >= ManyMatches.Added, label);
    }
}
