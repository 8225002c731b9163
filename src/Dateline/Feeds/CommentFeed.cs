using System.Net;
using Dateline.Articles;
using Dateline.Caching;
using Dateline.Comments;
using Dateline.Data;
using Dateline.Hosting;
using Dateline.Site;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dateline.Feeds;

/// <summary>
/// RSS of an article's approved comments, newest first, at {article}/feed. Each item carries the commenter's name and
/// text only: the query reads no email address, so none can reach the document.
/// </summary>
public static class CommentFeed
{
    public const string Route = "/{year:int:range(1900,9999)}/{month:int:range(1,12)}/{day:int:range(1,31)}/{slug:maxlength(200)}/feed";

    public const int Size = 50;

    private sealed record Item(int Id, string AuthorName, string Body, DateTime CreatedAt, DateTime? EditedAt);

    public static async Task<IResult> ServeAsync(
        string slug, HttpContext context, DatelineDb db, TimeProvider clock, DatelineOptions options, IStringLocalizer<Labels> labels, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var key = Slug.Key(slug);
        var article = await db.Articles.AsNoTracking().Published(now)
            .Where(a => a.Slug == key)
            .Select(a => new { a.Id, a.Slug, a.Headline, a.PublishedAt, a.CreatedAt, a.Language })
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return TypedResults.NotFound();
        }

        var path = Article.PathFor(article.PublishedAt ?? article.CreatedAt, article.Slug);
        if (context.Request.Path.Value != path + "/feed")
        {
            // Another date or letter case in the address: one address per feed, as for the article itself.
            return TypedResults.Redirect(LocalUrl.ForHeader(path + "/feed"), permanent: true);
        }

        context.ShowsInCache(CacheTags.Article(article.Id), CacheTags.Comments(article.Id), CacheTags.AnyComments);
        var items = await db.Comments.AsNoTracking()
            .Where(c => c.ArticleId == article.Id && c.Status == ModerationStatus.Approved)
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Take(Size)
            .Select(c => new Item(c.Id, c.AuthorName, c.Body, c.CreatedAt, c.EditedAt))
            .ToListAsync(cancellationToken);
        items = items.ConvertAll(c => c with { AuthorName = XmlText.Clean(c.AuthorName), Body = XmlText.Clean(c.Body) });
        var root = PublicOrigin.For(context);
        var link = FeedEntry.Absolute(root, path);
        var title = XmlText.Clean(labels["Comments on: {0}", article.Headline].Value);
        DateTime? modified = items.Count == 0 ? null : items.Max(c => c.EditedAt is { } edited && edited > c.CreatedAt ? edited : c.CreatedAt);
        return FeedResult.Rss(xml =>
        {
            RssFeed.Open(xml, title, link, title, article.Language, modified, FeedEntry.Absolute(root, path + "/feed"));
            foreach (var comment in items)
            {
                var permalink = $"{link}#comment-{comment.Id}";
                xml.WriteStartElement("item");
                xml.WriteElementString("title", labels["By: {0}", comment.AuthorName].Value);
                xml.WriteElementString("link", permalink);
                RssFeed.Guid(xml, permalink);
                xml.WriteElementString("pubDate", RssFeed.Date(comment.CreatedAt));
                xml.WriteElementString("creator", RssFeed.DublinCoreNamespace, comment.AuthorName);
                xml.WriteElementString("description", Html(comment.Body));
                xml.WriteEndElement();
            }

            RssFeed.Close(xml);
        }, modified);
    }

    /// <summary>The comment as the page shows it: encoded text in paragraphs, never the commenter's own markup.</summary>
    private static string Html(string body) => string.Concat(CommentText.Paragraphs(body)
        .Select(lines => "<p>" + string.Join("<br>", lines.Select(WebUtility.HtmlEncode)) + "</p>"));
}
