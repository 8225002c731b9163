using AngleSharp.Dom;
using Dateline.Articles;
using Dateline.Comments;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Comments;

/// <summary>
/// "Your email address will not be published": approved comments with unique addresses, then a crawl of every page,
/// feed, sitemap and API address the site links to (and the ones it promises), looking for any of the addresses.
/// </summary>
[Collection(DemoSiteCollection.Name)]
public sealed class EmailPrivacyTests(AppFixture site)
{
    private static readonly string[] Promised =
        ["/", "/feed", "/feed/atom", "/feed.json", "/sitemap.xml", "/news-sitemap.xml", "/robots.txt", "/wp-json/wp/v2/comments", "/wp-json/wp/v2/posts", "/search?q=comment", "/no-such-page"];

    [Fact]
    public async Task No_commenters_email_address_appears_anywhere_the_public_can_reach()
    {
        var articles = await site.WithDbAsync(db => db.Articles.AsNoTracking().Published(DateTime.UtcNow)
            .Where(a => a.CommentStatus == CommentStatus.Open).NewestFirst().Take(5).ToListAsync());
        var run = Guid.NewGuid().ToString("N")[..10];
        var emails = new List<string>();
        foreach (var (article, i) in articles.Select((a, i) => (a, i)))
        {
            using var reader = new Commenter(site.BaseAddress);
            var email = $"secret-{run}-{i}@private.example";
            emails.Add(email);
            var (response, _) = await reader.PostAsync(article.Path, $"Privacy check {run} {i} https://example.org/", email, name: $"Reader {i}", website: "https://reader.example/");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        await site.WithDbAsync(db => db.Comments.Where(c => c.Body.StartsWith($"Privacy check {run}"))
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.Status, ModerationStatus.Approved)));

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(Promised.Concat(articles.Select(a => a.Path)));
        var crawled = 0;
        while (queue.TryDequeue(out var path) && crawled < 400)
        {
            if (!seen.Add(path))
            {
                continue;
            }

            crawled++;
            using var response = await site.Client.GetAsync(path);
            Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            var headers = response.Headers.ToString() + response.Content.Headers;
            foreach (var email in emails)
            {
                Assert.False(body.Contains(email, StringComparison.OrdinalIgnoreCase) || body.Contains(Uri.EscapeDataString(email), StringComparison.OrdinalIgnoreCase)
                    || headers.Contains(email, StringComparison.OrdinalIgnoreCase), $"{email} appears in {path}");
            }

            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                foreach (var link in Links(await Html.ParseAsync(body)))
                {
                    queue.Enqueue(link);
                }
            }
        }

        Assert.True(crawled > 50, $"only {crawled} addresses were crawled");
        // The comments really are on the pages that were searched.
        Assert.Contains($"Privacy check {run} 0", await site.Client.GetStringAsync(articles[0].Path));
    }

    private static IEnumerable<string> Links(IDocument page) =>
        page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
            .Where(href => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !href.StartsWith("/admin", StringComparison.Ordinal))
            .Select(href => href.Split('#')[0]).Where(href => href.Length > 0);
}
