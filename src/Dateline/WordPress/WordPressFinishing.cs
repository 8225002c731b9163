using Dateline.Articles;
using Dateline.Data;
using Dateline.Editions;
using Dateline.Site;
using Microsoft.EntityFrameworkCore;

namespace Dateline.WordPress;

/// <summary>The steps that need every item in first: late featured images, attachment pages, and the menu.</summary>
public sealed class WordPressFinishing(DatelineDb db, WxrChannel channel, WordPressTerms terms, WordPressAttachments attachments, ImportSummary summary, TimeProvider clock, int batchSize)
{
    public async Task FeaturedImagesAsync(List<(int ArticleId, string AttachmentId)> pending, CancellationToken cancellationToken)
    {
        foreach (var chunk in pending.Where(p => attachments.MediaId(p.AttachmentId) is not null).Chunk(batchSize))
        {
            var ids = chunk.Select(p => p.ArticleId).ToList();
            var articles = await db.Articles.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
            foreach (var (articleId, attachmentId) in chunk)
            {
                if (articles.TryGetValue(articleId, out var article))
                {
                    article.FeaturedImageId = attachments.MediaId(attachmentId);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>An attachment's page leads to its picture when the file was copied, else to the post it was attached to.</summary>
    public async Task AttachmentPagesAsync(CancellationToken cancellationToken)
    {
        foreach (var chunk in attachments.Pages.Chunk(batchSize))
        {
            var parents = await PathsAsync(chunk.Select(p => p.ParentId).OfType<string>().ToList(), cancellationToken);
            var redirects = new Dictionary<string, string>();
            foreach (var (id, oldPath, parentId) in chunk)
            {
                var target = attachments.UrlById(id) ?? (parentId is null ? null : parents.GetValueOrDefault(parentId).Path);
                if (target is null)
                {
                    continue;
                }

                redirects[WordPressRedirects.ForId("attachment_id", id)] = target;
                if (oldPath is not null)
                {
                    redirects[oldPath] = target;
                }
            }

            await WordPressRedirects.UpsertAsync(db, redirects, clock.GetUtcNow().UtcDateTime, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Dateline has one menu, one level deep: the chosen WordPress menu (else the one with the most entries) replaces what an
    /// earlier import of this site put there, nested entries following their parent. The site's own entries stay.
    /// </summary>
    public async Task MenuAsync(List<WxrItem> entries, string? chosen, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var menus = entries.GroupBy(e => e.Categories.FirstOrDefault(c => c.Domain == "nav_menu")?.Slug ?? "").ToList();
        var menu = chosen is null
            ? menus.OrderByDescending(m => m.Count()).ThenBy(m => m.Key, StringComparer.Ordinal).First()
            : menus.FirstOrDefault(m => m.Key.Equals(chosen, StringComparison.OrdinalIgnoreCase));
        foreach (var _ in menus.Where(m => m != menu).SelectMany(m => m))
        {
            summary.Skip(WordPressKind.MenuItem, "in another WordPress menu (Dateline has one menu; --menu chooses which)");
        }

        if (menu is null)
        {
            summary.Notes.Add($"The export has no menu “{chosen}”; menus in it: {string.Join(", ", menus.Select(m => m.Key))}.");
            return;
        }

        var objects = await PathsAsync(menu.Select(e => e.Meta.GetValueOrDefault("_menu_item_object_id") ?? "").ToList(), cancellationToken);
        var links = new List<(WxrItem Entry, string Label, string Url)>();
        foreach (var entry in Flatten(menu.ToList()))
        {
            var objectId = entry.Meta.GetValueOrDefault("_menu_item_object_id") ?? "";
            var (url, label) = entry.Meta.GetValueOrDefault("_menu_item_type") switch
            {
                "custom" => (entry.Meta.GetValueOrDefault("_menu_item_url"), null),
                "taxonomy" when entry.Meta.GetValueOrDefault("_menu_item_object") == "category" && terms.SectionsByTermId.TryGetValue(objectId, out var section)
                    => (terms.SectionUrls[section], terms.SectionNames[section]),
                "post_type" when objects.TryGetValue(objectId, out var target) => (target.Path, target.Title),
                _ => ((string?)null, (string?)null),
            };
            var text = WordPressText.Plain(entry.Title, 200) is { Length: > 0 } title ? title : label;
            if (string.IsNullOrWhiteSpace(url) || string.IsNullOrWhiteSpace(text))
            {
                summary.Skip(WordPressKind.MenuItem, "leads to something that was not imported");
                continue;
            }

            links.Add((entry, WordPressText.Cut(text, 200), WordPressText.Cut(url, 1000)));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var earlier = await db.WordPressSources.Where(s => s.SiteUrl == channel.SiteUrl && s.Kind == WordPressKind.MenuItem).ToListAsync(cancellationToken);
        var earlierIds = earlier.Select(s => s.LocalId).ToList();
        db.MenuItems.RemoveRange(await db.MenuItems.Where(m => earlierIds.Contains(m.Id)).ToListAsync(cancellationToken));
        db.WordPressSources.RemoveRange(earlier);
        if (!await db.SiteSettings.AnyAsync(cancellationToken))
        {
            db.SiteSettings.Add(new SiteSettings { Name = WordPressText.Plain(channel.Title ?? "Dateline", 200) });
        }

        var after = await db.MenuItems.Where(m => m.EditionId == Edition.DefaultId && !earlierIds.Contains(m.Id)).Select(m => (int?)m.Position).MaxAsync(cancellationToken) ?? -1;
        var added = links.Select((link, i) => (link.Entry, Item: new MenuItem { Label = link.Label, Url = link.Url, Position = after + 1 + i })).ToList();
        db.MenuItems.AddRange(added.Select(a => a.Item));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (entry, item) in added)
        {
            db.WordPressSources.Add(new WordPressSource { SiteUrl = channel.SiteUrl, Kind = WordPressKind.MenuItem, WordPressId = entry.PostId, LocalId = item.Id });
            if (earlier.Any(e => e.WordPressId == entry.PostId))
            {
                summary.Update(WordPressKind.MenuItem);
            }
            else
            {
                summary.Create(WordPressKind.MenuItem);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    // Top-level entries in menu order, each followed by its children (and theirs): the order a reader saw them in.
    private static IEnumerable<WxrItem> Flatten(List<WxrItem> entries)
    {
        var ids = entries.Select(e => e.PostId).ToHashSet();
        var children = entries.ToLookup(e => e.Meta.GetValueOrDefault("_menu_item_menu_item_parent") is { } p && ids.Contains(p) ? p : "0");
        var seen = new HashSet<string>();

        IEnumerable<WxrItem> Below(string parent)
        {
            foreach (var entry in children[parent].OrderBy(e => e.MenuOrder).ThenBy(e => e.PostId, StringComparer.Ordinal))
            {
                if (!seen.Add(entry.PostId))
                {
                    continue;
                }

                yield return entry;
                foreach (var child in Below(entry.PostId))
                {
                    yield return child;
                }
            }
        }

        return Below("0");
    }

    /// <summary>New addresses of posts and pages by WordPress id.</summary>
    public async Task<Dictionary<string, (string Path, string Title)>> PathsAsync(IReadOnlyCollection<string> wordPressIds, CancellationToken cancellationToken)
    {
        var sources = await db.WordPressSources.AsNoTracking()
            .Where(s => s.SiteUrl == channel.SiteUrl && (s.Kind == WordPressKind.Post || s.Kind == WordPressKind.Page) && wordPressIds.Contains(s.WordPressId))
            .ToListAsync(cancellationToken);
        var articleIds = sources.Where(s => s.Kind == WordPressKind.Post).Select(s => s.LocalId).ToList();
        var pageIds = sources.Where(s => s.Kind == WordPressKind.Page).Select(s => s.LocalId).ToList();
        var articles = (await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id))
                .Select(a => new { a.Id, a.Slug, a.PublishedAt, a.CreatedAt, a.Headline }).ToListAsync(cancellationToken))
            .ToDictionary(a => a.Id, a => (Article.PathFor(a.PublishedAt ?? a.CreatedAt, a.Slug), a.Headline));
        var pages = await db.StaticPages.AsNoTracking().Where(p => pageIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => ("/" + p.Slug, p.Title), cancellationToken);
        var paths = new Dictionary<string, (string Path, string Title)>();
        foreach (var source in sources)
        {
            var found = source.Kind == WordPressKind.Post
                ? articles.TryGetValue(source.LocalId ?? 0, out var article) ? article : default
                : pages.TryGetValue(source.LocalId ?? 0, out var page) ? page : default;
            if (found.Item1 is not null)
            {
                paths[source.WordPressId] = found;
            }
        }

        return paths;
    }
}
