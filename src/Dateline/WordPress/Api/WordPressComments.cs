using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Dateline.Articles;
using Dateline.Comments;
using Microsoft.EntityFrameworkCore;

namespace Dateline.WordPress.Api;

/// <summary>
/// /wp/v2/comments: approved comments on published articles. A commenter's email address and hashed IP address are
/// never read from the database here, so they cannot reach an answer.
/// </summary>
public static class WordPressComments
{
    public static ApiResource Resource { get; } = new("comments", ListAsync, GetAsync, WordPressIndex.CommentArgs(), CreateCode: "rest_comment_login_required");

    internal sealed record Row
    {
        public int Id { get; init; }
        public int ArticleId { get; init; }
        public int? ParentId { get; init; }
        public string AuthorName { get; init; } = null!;
        public string? AuthorUrl { get; init; }
        public string Body { get; init; } = null!;
        public DateTime CreatedAt { get; init; }
        public string ArticleSlug { get; init; } = null!;
        public DateTime ArticlePublishedAt { get; init; }
    }

    private static readonly string[] Orders = ["date", "date_gmt", "id", "include", "post", "parent", "type"];

    private static IQueryable<Row> Rows(ApiRequest request)
    {
        var now = request.Now;
        return request.Db.Comments.AsNoTracking()
            .Where(c => c.Status == ModerationStatus.Approved)
            .Join(request.PublishedArticles,
                c => c.ArticleId, a => a.Id,
                (c, a) => new Row
                {
                    Id = c.Id, ArticleId = c.ArticleId, ParentId = c.ParentId, AuthorName = c.AuthorName, AuthorUrl = c.AuthorUrl, Body = c.Body,
                    CreatedAt = c.CreatedAt, ArticleSlug = a.Slug, ArticlePublishedAt = a.PublishedAt!.Value,
                });
    }

    private static async Task<ApiAnswer> ListAsync(ApiRequest request)
    {
        var query = request.Query;
        var rows = Rows(request);
        var orderBy = query.Choice("orderby", "date_gmt", Orders);
        var ascending = query.Choice("order", "desc", "asc", "desc") == "asc";
        Forbid(query);
        rows = rows.ByIdsAndDates(request, r => r.Id, r => r.CreatedAt);

        if (query.Ids("post") is { Count: > 0 } posts)
        {
            rows = rows.Where(r => posts.Contains(r.ArticleId));
        }

        if (query.Ids("parent") is { Count: > 0 } parents)
        {
            var top = parents.Contains(0);
            rows = rows.Where(r => r.ParentId != null && parents.Contains(r.ParentId.Value) || top && r.ParentId == null);
        }

        if (query.Ids("parent_exclude") is { Count: > 0 } notParents)
        {
            var top = notParents.Contains(0);
            rows = rows.Where(r => !(r.ParentId != null && notParents.Contains(r.ParentId.Value) || top && r.ParentId == null));
        }

        // Every comment here is anonymous (author 0) and of type "comment".
        if (query.Ids("author") is { Count: > 0 } authors && !authors.Contains(0) || query.Choice("type", "comment", "comment", "pingback", "trackback", "pings") != "comment")
        {
            rows = rows.Where(r => false);
        }

        if (query.SearchWords() is { } words)
        {
            rows = rows.Where(r => r.Body.ToLower().Contains(words) || r.AuthorName.ToLower().Contains(words));
        }

        if (orderBy == "include" && !query.Has("include"))
        {
            throw new ApiError("rest_orderby_include_missing_include", "Ordering by include needs an include list.", StatusCodes.Status400BadRequest);
        }

        var (items, page) = await ApiPaging.ReadAsync(rows, r => orderBy switch
        {
            "id" or "include" or "type" => ascending ? r.OrderBy(x => x.Id) : r.OrderByDescending(x => x.Id),
            "post" => ascending ? r.OrderBy(x => x.ArticleId).ThenBy(x => x.Id) : r.OrderByDescending(x => x.ArticleId).ThenByDescending(x => x.Id),
            "parent" => ascending ? r.OrderBy(x => x.ParentId).ThenBy(x => x.Id) : r.OrderByDescending(x => x.ParentId).ThenByDescending(x => x.Id),
            _ => ascending ? r.OrderBy(x => x.CreatedAt).ThenBy(x => x.Id) : r.OrderByDescending(x => x.CreatedAt).ThenByDescending(x => x.Id),
        }, query, "rest_comment_invalid_page_number", request.Aborted);
        if (orderBy == "include")
        {
            items = ApiPaging.InListOrder(items, query.Ids("include"), r => r.Id);
        }

        return new ApiAnswer(new JsonArray([.. items.Select(r => (JsonNode)Shape(request, r))]), page);
    }

    private static async Task<ApiAnswer> GetAsync(ApiRequest request, int id)
    {
        Forbid(request.Query);
        request.Query.ThrowIfInvalid();
        var row = await Rows(request).FirstOrDefaultAsync(r => r.Id == id, request.Aborted)
            ?? throw new ApiError("rest_comment_invalid_id", "No comment has this id.", StatusCodes.Status404NotFound);
        return new ApiAnswer(Shape(request, row));
    }

    private static void Forbid(ApiQuery query)
    {
        query.RefuseEditContext();

        foreach (var name in new[] { "author_email", "author_exclude" })
        {
            if (query.Has(name))
            {
                throw ApiError.Forbidden("rest_forbidden_param", $"{name} needs a signed-in moderator.");
            }
        }

        if (query.Text("status") is { } status && status != "approve" && status != "approved")
        {
            throw ApiError.Forbidden("rest_forbidden_param", "Only approved comments can be listed without signing in.");
        }
    }

    private static JsonObject Shape(ApiRequest request, Row row)
    {
        var links = new JsonObject
        {
            ["self"] = Hal.Link(request.Api($"/wp/v2/comments/{row.Id}")),
            ["collection"] = Hal.Link(request.Api("/wp/v2/comments")),
            ["up"] = Hal.Link(request.Api($"/wp/v2/posts/{row.ArticleId}"), embeddable: true, more: l => l["post_type"] = "post"),
        };
        if (row.ParentId is { } parent)
        {
            links["in-reply-to"] = Hal.Link(request.Api($"/wp/v2/comments/{parent}"), embeddable: true);
        }

        return new JsonObject
        {
            ["id"] = row.Id,
            ["post"] = row.ArticleId,
            ["parent"] = row.ParentId ?? 0,
            ["author"] = 0,
            ["author_name"] = row.AuthorName,
            ["author_url"] = row.AuthorUrl is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : "",
            ["date"] = request.Date(row.CreatedAt),
            ["date_gmt"] = request.Date(row.CreatedAt, gmt: true),
            ["content"] = Hal.Rendered(Html(row.Body)),
            ["link"] = request.Origin + Article.PathFor(row.ArticlePublishedAt, row.ArticleSlug) + "#comment-" + row.Id,
            ["status"] = "approved",
            ["type"] = "comment",
            ["author_avatar_urls"] = new JsonObject(),
            ["meta"] = Hal.Empty(),
            ["_links"] = links,
        };
    }

    /// <summary>The comment as the article page shows it: paragraphs, line breaks and linked addresses, the rest as text.</summary>
    private static string Html(string body)
    {
        var html = new StringBuilder();
        foreach (var paragraph in CommentText.Paragraphs(body))
        {
            html.Append("<p>");
            for (var i = 0; i < paragraph.Count; i++)
            {
                if (i > 0)
                {
                    html.Append("<br />\n");
                }

                foreach (var part in CommentText.Parts(paragraph[i]))
                {
                    var text = WebUtility.HtmlEncode(part.Text);
                    html.Append(part.IsLink ? $"<a href=\"{text}\" rel=\"nofollow ugc\">{text}</a>" : text);
                }
            }

            html.Append("</p>\n");
        }

        return html.ToString();
    }
}
