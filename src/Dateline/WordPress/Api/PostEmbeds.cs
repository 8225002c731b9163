using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Dateline.WordPress.Api;

/// <summary>
/// What _embed puts under a page of posts' _embedded: their authors, featured pictures and terms, each read in one
/// query for the whole page (never one per post).
/// </summary>
internal sealed class PostEmbeds
{
    private Dictionary<int, JsonObject> authors = [];
    private Dictionary<int, JsonObject> media = [];
    private Dictionary<int, JsonObject> categories = [];
    private Dictionary<int, JsonObject> tags = [];
    private bool withTerms;

    public static async Task<PostEmbeds?> LoadAsync(ApiRequest request, List<WordPressPosts.Row> rows)
    {
        if (request.Embed is null || rows.Count == 0)
        {
            return null;
        }

        var embeds = new PostEmbeds();
        if (request.Embeds("author"))
        {
            var ids = rows.Where(r => r.AuthorId is not null).Select(r => r.AuthorId!.Value).Distinct().ToList();
            embeds.authors = (await WordPressUsers.Rows(request).Where(u => ids.Contains(u.Id)).ToListAsync(request.Aborted))
                .ToDictionary(u => u.Id, u => WordPressUsers.Shape(request, u, embed: true));
        }

        if (request.Embeds("wp:featuredmedia"))
        {
            var ids = rows.Where(r => r.FeaturedImageId is not null).Select(r => r.FeaturedImageId!.Value).Distinct().ToList();
            embeds.media = (await WordPressMedia.Rows(request).Where(m => ids.Contains(m.Id)).ToListAsync(request.Aborted))
                .ToDictionary(m => m.Id, m => WordPressMedia.Shape(request, m, embed: true));
        }

        if (request.Embeds("wp:term"))
        {
            embeds.withTerms = true;
            var sectionIds = rows.SelectMany(r => r.SectionIds).Distinct().ToList();
            var tagIds = rows.SelectMany(r => r.TagIds).Distinct().ToList();
            embeds.categories = (await WordPressTerms.Rows(request, WordPressTerms.Taxonomy.Category).Where(t => sectionIds.Contains(t.Id)).ToListAsync(request.Aborted))
                .ToDictionary(t => t.Id, t => WordPressTerms.Embed(request, WordPressTerms.Taxonomy.Category, t));
            embeds.tags = (await WordPressTerms.Rows(request, WordPressTerms.Taxonomy.Tag).Where(t => tagIds.Contains(t.Id)).ToListAsync(request.Aborted))
                .ToDictionary(t => t.Id, t => WordPressTerms.Embed(request, WordPressTerms.Taxonomy.Tag, t));
        }

        return embeds;
    }

    public JsonObject? For(WordPressPosts.Row row)
    {
        var embedded = new JsonObject();
        if (row.AuthorId is { } author && authors.TryGetValue(author, out var user))
        {
            embedded["author"] = new JsonArray(user.DeepClone());
        }

        if (row.FeaturedImageId is { } picture && media.TryGetValue(picture, out var item))
        {
            embedded["wp:featuredmedia"] = new JsonArray(item.DeepClone());
        }

        if (withTerms)
        {
            var sections = row.SectionIds.OrderBy(id => id == row.PrimarySectionId ? 0 : 1).ThenBy(id => id)
                .Where(categories.ContainsKey).Select(id => (JsonNode)categories[id].DeepClone());
            var tagged = row.TagIds.Order().Where(tags.ContainsKey).Select(id => (JsonNode)tags[id].DeepClone());
            embedded["wp:term"] = new JsonArray(new JsonArray([.. sections]), new JsonArray([.. tagged]));
        }

        return embedded.Count == 0 ? null : embedded;
    }
}
