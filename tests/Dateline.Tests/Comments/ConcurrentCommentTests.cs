using Dateline.Articles;
using Dateline.Comments;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Comments;

/// <summary>Many readers at once: every comment answered with success is stored, exactly once.</summary>
[Collection(DemoSiteCollection.Name)]
public sealed class ConcurrentCommentTests(AppFixture site)
{
    [Fact]
    public async Task A_thousand_comments_at_once_on_fifty_articles_are_each_stored_exactly_once()
    {
        var articles = await site.WithDbAsync(db => db.Articles.AsNoTracking().Published(DateTime.UtcNow)
            .Where(a => a.CommentStatus == CommentStatus.Open).NewestFirst().Take(50).ToListAsync());
        var run = Guid.NewGuid().ToString("N")[..10];
        var readers = Enumerable.Range(0, 20).Select(_ => new Commenter(site.BaseAddress)).ToList();
        for (var i = 0; i < readers.Count; i++)
        {
            await readers[i].OpenAsync(articles[i % articles.Count].Path);
        }

        var answers = await Task.WhenAll(Enumerable.Range(0, 1000).Select(async i =>
        {
            var (response, _) = await readers[i % readers.Count].PostAsync(
                articles[i % articles.Count].Path, $"Concurrent {run} #{i}", $"crowd-{run}-{i}@example.org", open: false);
            return (i, response.StatusCode);
        }));

        var succeeded = answers.Where(a => a.StatusCode == HttpStatusCode.Redirect).Select(a => a.i).ToHashSet();
        Assert.All(answers, a => Assert.True(a.StatusCode == HttpStatusCode.Redirect, $"comment {a.i} got {a.StatusCode}"));
        var stored = await site.WithDbAsync(db => db.Comments.Where(c => c.Body.StartsWith($"Concurrent {run} #")).Select(c => c.Body).ToListAsync());
        Assert.Equal(1000, stored.Count);
        Assert.Equal(stored.Count, stored.Distinct().Count());
        Assert.True(succeeded.SetEquals(stored.Select(b => int.Parse(b.Split('#')[1]))));
        readers.ForEach(r => r.Dispose());
    }
}
