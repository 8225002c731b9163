using System.Text.Json.Nodes;
using Dateline.Articles;
using Dateline.Search;
using Microsoft.EntityFrameworkCore;

namespace Dateline.WordPress.Api;

/// <summary>
/// /wp/v2/search: articles found by the site's own search engine (best match first), then pages whose title
/// holds the words; with type=term, sections and tags by name.
/// </summary>
public static class WordPressSearch
{
    public static ApiResource Resource { get; } = new("search", ListAsync, null, WordPressIndex.SearchArgs());

    /// <summary>A result; for an article, Path is its slug and Published its date, from which its address is made.</summary>
    private sealed record Hit(int Id, string Title, string Path, DateTime? Published = null);

    private static async Task<ApiAnswer> ListAsync(ApiRequest request)
    {
        var query = request.Query;
        var type = query.Choice("type", "post", "post", "term", "post-format");
        var allowed = type == "term" ? new[] { "category", "post_tag", "any" } : ["post", "page", "any"];
        var subtypes = query.Strings("subtype");
        if (subtypes.Any(s => !allowed.Contains(s)))
        {
            query.Invalid("subtype", "subtype is not one of " + string.Join(", ", allowed) + ".");
        }

        query.Choice("context", "view", "view", "embed");
        if (subtypes.Count == 0 || subtypes.Contains("any"))
        {
            subtypes = type == "term" ? ["category", "post_tag"] : ["post", "page"];
        }

        var page = query.Page();
        var perPage = query.PerPage();
        query.ThrowIfInvalid();
        var text = query.Text("search");
        var words = string.IsNullOrWhiteSpace(text) ? null : query.SearchWords();
        var skip = (int)Math.Min(int.MaxValue, (long)(page - 1) * perPage);

        // Two lists one after the other, paged as one: the first gives what it has at this offset, the second the rest.
        IQueryable<Hit> first, second;
        string firstType, secondType;
        if (type == "term")
        {
            first = subtypes.Contains("category") ? Filtered(WordPressTerms.Rows(request, WordPressTerms.Taxonomy.Category), words) : Enumerable.Empty<Hit>().AsQueryable();
            second = subtypes.Contains("post_tag") ? Filtered(WordPressTerms.Rows(request, WordPressTerms.Taxonomy.Tag), words) : Enumerable.Empty<Hit>().AsQueryable();
            (firstType, secondType) = ("category", "post_tag");
        }
        else if (type == "post-format")
        {
            first = second = Enumerable.Empty<Hit>().AsQueryable();
            (firstType, secondType) = ("", "");
        }
        else
        {
            var articles = request.PublishedArticles;
            if (words is not null)
            {
                var engine = request.Http.RequestServices.GetRequiredService<ISearchEngine>();
                first = articles.Join(engine.Match(SearchQuery.Parse(text)), a => a.Id, m => m.ArticleId, (a, m) => new { a, m.Score })
                    .OrderByDescending(x => x.Score).ThenByDescending(x => x.a.PublishedAt).ThenByDescending(x => x.a.Id)
                    .Select(x => new Hit(x.a.Id, x.a.Headline, x.a.Slug, x.a.PublishedAt));
            }
            else
            {
                first = articles.NewestFirst().Select(a => new Hit(a.Id, a.Headline, a.Slug, a.PublishedAt));
            }

            var pages = WordPressPages.Rows(request);
            if (words is not null)
            {
                pages = pages.Where(p => p.Title.ToLower().Contains(words));
            }

            second = pages.OrderBy(p => p.Position).ThenBy(p => p.Id).Select(p => new Hit(p.Id, p.Title, "/" + p.Slug));
            if (!subtypes.Contains("post"))
            {
                first = Enumerable.Empty<Hit>().AsQueryable();
            }

            if (!subtypes.Contains("page"))
            {
                second = Enumerable.Empty<Hit>().AsQueryable();
            }

            (firstType, secondType) = ("post", "page");
        }

        var firstCount = await Count(first, request.Aborted);
        var secondCount = await Count(second, request.Aborted);
        var total = firstCount + secondCount;
        if (total > 0 && page > (total + perPage - 1) / perPage)
        {
            throw new ApiError("rest_search_invalid_page_number", "The page number is past the last page.", StatusCodes.Status400BadRequest);
        }

        var results = new JsonArray();
        if (skip < firstCount)
        {
            var hits = await List(first.Skip(skip).Take(perPage), request.Aborted);
            hits.ForEach(h => results.Add(Shape(request, type, firstType, h)));
        }

        if (results.Count < perPage && secondCount > 0)
        {
            var hits = await List(second.Skip(Math.Max(0, skip - firstCount)).Take(perPage - results.Count), request.Aborted);
            hits.ForEach(h => results.Add(Shape(request, type, secondType, h)));
        }

        return new ApiAnswer(results, new ApiPage(total, perPage, page));
    }

    private static IQueryable<Hit> Filtered(IQueryable<WordPressTerms.Row> rows, string? words) =>
        (words is null ? rows : rows.Where(r => r.Name.ToLower().Contains(words) || r.Slug.Contains(words)))
            .OrderBy(r => r.Name).ThenBy(r => r.Id).Select(r => new Hit(r.Id, r.Name, r.Path));

    private static Task<int> Count(IQueryable<Hit> hits, CancellationToken cancellationToken) =>
        hits is IAsyncEnumerable<Hit> ? hits.CountAsync(cancellationToken) : Task.FromResult(0);

    private static async Task<List<Hit>> List(IQueryable<Hit> hits, CancellationToken cancellationToken) =>
        hits is IAsyncEnumerable<Hit> ? await hits.ToListAsync(cancellationToken) : [];

    private static JsonObject Shape(ApiRequest request, string type, string subtype, Hit hit)
    {
        var path = hit.Published is { } published ? Article.PathFor(published, hit.Path) : hit.Path;

        var (rest, about) = subtype switch
        {
            "post" => ("posts", "/wp/v2/types/post"),
            "page" => ("pages", "/wp/v2/types/page"),
            "category" => ("categories", "/wp/v2/taxonomies/category"),
            _ => ("tags", "/wp/v2/taxonomies/post_tag"),
        };
        return new JsonObject
        {
            ["id"] = hit.Id,
            ["title"] = type == "term" ? hit.Title : Hal.Html(hit.Title),
            ["url"] = request.Origin + path,
            ["type"] = type,
            ["subtype"] = subtype,
            ["_links"] = new JsonObject
            {
                ["self"] = Hal.Link(request.Api($"/wp/v2/{rest}/{hit.Id}"), embeddable: true),
                ["about"] = Hal.Link(request.Api(about)),
                ["collection"] = Hal.Link(request.Api("/wp/v2/search")),
            },
        };
    }
}
