using System.Globalization;
using System.Text.Json.Nodes;
using Dateline.Articles;
using Dateline.Media;
using Microsoft.EntityFrameworkCore;

namespace Dateline.WordPress.Api;

/// <summary>
/// /wp/v2/media: pictures readers can already see, the featured pictures of published articles and the photos of
/// authors with published work. The rest of the library (a picture waiting for an embargoed story) stays private.
/// </summary>
public static class WordPressMedia
{
    public static ApiResource Resource { get; } = new("media", ListAsync, GetAsync, WordPressIndex.MediaArgs());

    internal sealed record Row
    {
        public int Id { get; init; }
        public string FilePath { get; init; } = null!;
        public string ContentType { get; init; } = null!;
        public int Width { get; init; }
        public int Height { get; init; }
        public long ByteSize { get; init; }
        public string AltText { get; init; } = null!;
        public string? Caption { get; init; }
        public DateTime CreatedAt { get; init; }
        public string RenditionWidths { get; init; } = null!;
    }

    private static readonly string[] Orders = ["author", "date", "id", "include", "modified", "parent", "relevance", "slug", "include_slugs", "title"];

    /// <summary>WordPress's names for the copies nearest each of its sizes; the original is "full".</summary>
    private static readonly (string Name, int Width)[] SizeNames = [("thumbnail", 320), ("medium", 640), ("medium_large", 960), ("large", 1280), ("1536x1536", 1920)];

    internal static IQueryable<Row> Rows(ApiRequest request)
    {
        var now = request.Now;
        var db = request.Db;
        var published = request.PublishedArticles;
        return db.Media.AsNoTracking()
            .Where(m => published.Any(a => a.FeaturedImageId == m.Id)
                || db.Authors.Any(au => au.PhotoId == m.Id && db.Bylines.Any(b => b.AuthorId == au.Id && published.Any(a => a.Id == b.ArticleId))))
            .Select(m => new Row
            {
                Id = m.Id, FilePath = m.FilePath, ContentType = m.ContentType, Width = m.Width, Height = m.Height, ByteSize = m.ByteSize,
                AltText = m.AltText, Caption = m.Caption, CreatedAt = m.CreatedAt, RenditionWidths = m.RenditionWidths,
            });
    }

    private static async Task<ApiAnswer> ListAsync(ApiRequest request)
    {
        var query = request.Query;
        var rows = Rows(request);
        var orderBy = query.Choice("orderby", "date", Orders);
        var ascending = query.Choice("order", "desc", "asc", "desc") == "asc";
        var mediaType = query.Choice("media_type", "image", "image", "video", "text", "application", "audio");
        query.RefuseEditContext();
        if (query.Has("media_type") && mediaType != "image" || query.Text("mime_type") is { } mime && !mime.StartsWith("image/", StringComparison.Ordinal))
        {
            rows = rows.Where(r => false);
        }
        else if (query.Text("mime_type") is { Length: > 0 } exact)
        {
            rows = rows.Where(r => r.ContentType == exact);
        }

        rows = rows.ByIdsAndDates(request, r => r.Id, r => r.CreatedAt);

        if (query.Ids("parent") is { Count: > 0 } parents)
        {
            // An article's picture is its featured one: that is the nearest Dateline has to an attachment's parent.
            var now = request.Now;
            var featured = request.PublishedArticles.Where(a => parents.Contains(a.Id)).Select(a => a.FeaturedImageId);
            rows = rows.Where(r => featured.Contains(r.Id));
        }

        if (query.SearchWords() is { } words)
        {
            rows = rows.Where(r => r.FilePath.ToLower().Contains(words) || r.AltText.ToLower().Contains(words));
        }

        var (items, page) = await ApiPaging.ReadAsync(rows, r => orderBy switch
        {
            "id" or "include" or "parent" or "author" => ascending ? r.OrderBy(x => x.Id) : r.OrderByDescending(x => x.Id),
            "slug" or "title" or "include_slugs" => ascending ? r.OrderBy(x => x.FilePath) : r.OrderByDescending(x => x.FilePath),
            _ => ascending ? r.OrderBy(x => x.CreatedAt).ThenBy(x => x.Id) : r.OrderByDescending(x => x.CreatedAt).ThenByDescending(x => x.Id),
        }, query, "rest_post_invalid_page_number", request.Aborted);
        if (orderBy == "include")
        {
            items = ApiPaging.InListOrder(items, query.Ids("include"), r => r.Id);
        }

        return new ApiAnswer(new JsonArray([.. items.Select(r => (JsonNode)Shape(request, r))]), page);
    }

    private static async Task<ApiAnswer> GetAsync(ApiRequest request, int id)
    {
        request.Query.RefuseEditContext();
        request.Query.ThrowIfInvalid();
        var row = await Rows(request).FirstOrDefaultAsync(r => r.Id == id, request.Aborted)
            ?? throw new ApiError("rest_post_invalid_id", "No media item has this id.", StatusCodes.Status404NotFound);
        return new ApiAnswer(Shape(request, row));
    }

    internal static JsonObject Shape(ApiRequest request, Row row, bool embed = false)
    {
        var slug = Path.GetFileNameWithoutExtension(row.FilePath);
        var source = request.Origin + "/media/" + row.FilePath;
        var caption = string.IsNullOrWhiteSpace(row.Caption) ? "" : "<p>" + Hal.Html(row.Caption) + "</p>\n";
        var item = new JsonObject
        {
            ["id"] = row.Id,
            ["date"] = request.Date(row.CreatedAt),
        };
        if (!embed)
        {
            item["date_gmt"] = request.Date(row.CreatedAt, gmt: true);
            item["guid"] = Hal.Rendered(source);
            item["modified"] = request.Date(row.CreatedAt);
            item["modified_gmt"] = request.Date(row.CreatedAt, gmt: true);
        }

        item["slug"] = slug;
        if (!embed)
        {
            item["status"] = "inherit";
        }

        item["type"] = "attachment";
        item["link"] = source;
        item["title"] = Hal.Rendered(Hal.Html(slug));
        item["author"] = 0;
        if (!embed)
        {
            item["featured_media"] = 0;
            item["comment_status"] = "closed";
            item["ping_status"] = "closed";
            item["template"] = "";
            item["meta"] = Hal.Empty();
            item["description"] = Hal.Rendered(caption);
        }

        item["caption"] = Hal.Rendered(caption);
        item["alt_text"] = row.AltText;
        item["media_type"] = "image";
        item["mime_type"] = row.ContentType;
        item["media_details"] = Details(request, row);
        if (!embed)
        {
            item["post"] = null;
        }

        item["source_url"] = source;
        item["_links"] = new JsonObject
        {
            ["self"] = Hal.Link(request.Api($"/wp/v2/media/{row.Id}")),
            ["collection"] = Hal.Link(request.Api("/wp/v2/media")),
            ["about"] = Hal.Link(request.Api("/wp/v2/types/attachment")),
            ["replies"] = Hal.Link(request.Api($"/wp/v2/comments?post={row.Id}"), embeddable: true),
        };
        return item;
    }

    /// <summary>The picture's size and its resized copies (JPEG, the format every client reads), under WordPress's size names.</summary>
    private static JsonObject Details(ApiRequest request, Row row)
    {
        var sizes = new JsonObject();
        var widths = Renditions.Parse(row.RenditionWidths).Where(w => w < row.Width).ToList();
        foreach (var width in widths)
        {
            var name = SizeNames.FirstOrDefault(s => s.Width == width).Name ?? width.ToString(CultureInfo.InvariantCulture) + "w";
            var path = Renditions.PathFor(row.FilePath, width, ".jpg");
            sizes[name] = new JsonObject
            {
                ["file"] = Path.GetFileName(path),
                ["width"] = width,
                ["height"] = row.Width == 0 ? 0 : (int)Math.Round((double)row.Height * width / row.Width),
                ["mime_type"] = "image/jpeg",
                ["source_url"] = request.Origin + "/media/" + path,
            };
        }

        sizes["full"] = new JsonObject
        {
            ["file"] = Path.GetFileName(row.FilePath),
            ["width"] = row.Width,
            ["height"] = row.Height,
            ["mime_type"] = row.ContentType,
            ["source_url"] = request.Origin + "/media/" + row.FilePath,
        };
        return new JsonObject
        {
            ["width"] = row.Width,
            ["height"] = row.Height,
            ["file"] = row.FilePath,
            ["filesize"] = row.ByteSize,
            ["sizes"] = sizes,
            ["image_meta"] = new JsonObject(),
        };
    }
}
