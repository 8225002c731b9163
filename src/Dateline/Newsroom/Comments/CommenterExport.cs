using System.Text.Json;
using Dateline.Articles;
using Dateline.Comments;
using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom.Comments;

/// <summary>
/// A commenter's copy of their own comments, for a data request: where each was written, when, under which name and
/// website, what it said and its state. Nothing about anyone else, and not the email address (the person has it).
/// </summary>
public static class CommenterExport
{
    public sealed record Item(string Headline, string Url, DateTime Date, string Name, string? Website, string Body, string Status);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<byte[]> ToJsonAsync(DatelineDb db, IQueryable<Comment> comments, string publicRoot, CancellationToken cancellationToken)
    {
        var rows = await comments.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new
            {
                a.Headline, a.Slug, Published = a.PublishedAt ?? a.CreatedAt, c.CreatedAt, c.AuthorName, c.AuthorUrl, c.Body, c.Status,
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new Item(
            r.Headline, publicRoot + Article.PathFor(r.Published, r.Slug), DateTime.SpecifyKind(r.CreatedAt, DateTimeKind.Utc),
            r.AuthorName, r.AuthorUrl, r.Body, r.Status.ToString()));
        return JsonSerializer.SerializeToUtf8Bytes(new { comments = items }, Json);
    }
}
