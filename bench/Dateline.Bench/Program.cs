using System.Diagnostics;
using Dateline.Articles;
using Dateline.Bench;
using Dateline.Cli;
using Dateline.Data;
using Dateline.Related;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// dotnet Dateline.Bench.dll discovery --site http://127.0.0.1:PORT --articles N [--queries Q] --Dateline:DataDirectory=DIR
var (verb, configuration) = VerbHost.SplitConfiguration(args);
if (verb.Length == 0 || verb[0] != "discovery")
{
    Console.Error.WriteLine("Usage: Dateline.Bench discovery --site URL --articles N [--queries Q] --Dateline:DataDirectory=DIR");
    return 2;
}

string Option(string name, string fallback)
{
    var at = Array.IndexOf(verb, name);
    return at >= 0 && at + 1 < verb.Length ? verb[at + 1] : fallback;
}

var site = new Uri(Option("--site", "http://127.0.0.1:5000"));
var queries = int.Parse(Option("--queries", "300"), System.Globalization.CultureInfo.InvariantCulture);
var articles = Option("--articles", "?");
using var host = await VerbHost.StartAsync(configuration, forceMigrate: false, CancellationToken.None);
var random = new Random(20261129);

// A sample of published articles, read by id range so the sample itself costs nothing proportional to the archive.
List<(int Id, string Path)> sample;
await using (var scope = host.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<DatelineDb>();
    var maxId = await db.Articles.MaxAsync(a => a.Id);
    var picked = new List<(int, string)>();
    while (picked.Count < queries)
    {
        var from = random.Next(1, maxId + 1);
        var hit = await db.Articles.AsNoTracking().Where(a => a.Id >= from && a.Status == ArticleStatus.Published)
            .OrderBy(a => a.Id).Select(a => new { a.Id, a.Slug, a.PublishedAt }).FirstOrDefaultAsync();
        if (hit is not null)
        {
            picked.Add((hit.Id, Article.PathFor(hit.PublishedAt!.Value, hit.Slug)));
        }
    }

    sample = picked;
}

using var http = new HttpClient { BaseAddress = site, Timeout = TimeSpan.FromMinutes(2) };

async Task<TimeSpan> GetAsync(string path)
{
    var watch = Stopwatch.StartNew();
    using var response = await http.GetAsync(path);
    await response.Content.ReadAsByteArrayAsync();
    response.EnsureSuccessStatusCode();
    return watch.Elapsed;
}

// Words the synthetic copy uses often and rarely, a place, a phrase, a prefix, two words, a miss.
string[] searches =
[
    "irrigation", "fuel", "Kabul", "\"flood defences\"", "reconstr*", "winter fuel supplies", "vaccination Herat",
    "consultation representatives", "overdue welcome", "nonexistentword", "clinic staffing Quetta", "budget document",
];

// Warm both paths once so the first request's start-up costs are not timed.
await GetAsync(sample[0].Path);
await GetAsync("/search?q=warmup");

var articlePage = new Timings("Article page (baseline)");
var search = new Timings("Search page, relevance");
var searchNewest = new Timings("Search page, newest first");
for (var i = 0; i < queries; i++)
{
    // Interleaved, so a burst of load on the shared machine hits baseline and subject alike.
    articlePage.Add(await GetAsync(sample[i].Path));
    var q = Uri.EscapeDataString(searches[i % searches.Length]);
    search.Add(await GetAsync("/search?q=" + q));
    searchNewest.Add(await GetAsync("/search?sort=newest&q=" + q));
}

var read = new Timings("Primary-key read of an article (baseline)");
var recompute = new Timings("Related list recomputation");
foreach (var (id, _) in sample.Take(Math.Min(queries, 200)))
{
    await using var scope = host.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<DatelineDb>();
    var watch = Stopwatch.StartNew();
    await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.Id, a.Headline }).FirstAsync();
    read.Add(watch.Elapsed);

    var related = new RelatedStories(db, TimeProvider.System);
    watch.Restart();
    await related.RefreshAsync(id, CancellationToken.None);
    recompute.Add(watch.Elapsed);
}

Console.WriteLine();
Console.WriteLine($"Archive: {articles} articles. Times in ms; ratios against the baseline of the same run.");
Console.WriteLine();
Console.WriteLine("| Operation | Samples | p50 ms | p99 ms | p50 vs baseline | p99 vs baseline |");
Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
Console.WriteLine(articlePage.Row(articlePage));
Console.WriteLine(search.Row(articlePage));
Console.WriteLine(searchNewest.Row(articlePage));
Console.WriteLine(read.Row(read));
Console.WriteLine(recompute.Row(read));
return 0;
