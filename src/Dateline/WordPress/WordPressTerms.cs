using Dateline.Authors;
using Dateline.Data;
using Dateline.Editions;
using Dateline.Sections;
using Dateline.Tags;
using Microsoft.EntityFrameworkCore;

namespace Dateline.WordPress;

/// <summary>
/// Authors, categories (as sections, parents first) and tags, written in one transaction with their mapping rows, then
/// kept in memory by WordPress slug: they are few, and every post refers to them.
/// </summary>
public sealed class WordPressTerms(DatelineDb db, WxrChannel channel, ImportSummary summary, TimeProvider clock)
{
    public Dictionary<string, int> Authors { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, int> Sections { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, int> SectionsByTermId { get; } = [];
    public Dictionary<int, string> SectionUrls { get; } = [];
    public Dictionary<int, string> SectionNames { get; } = [];
    public Dictionary<string, int> Tags { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, string> Menus { get; } = new(StringComparer.OrdinalIgnoreCase);
    public int DefaultSectionId { get; private set; }

    public async Task SaveAsync(IReadOnlyList<WxrAuthor> authors, IReadOnlyList<WxrTerm> terms, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var known = (await db.WordPressSources.AsNoTracking()
                .Where(s => s.SiteUrl == channel.SiteUrl && s.Kind <= WordPressKind.Tag).ToListAsync(cancellationToken))
            .ToDictionary(s => (s.Kind, s.WordPressId), s => s.LocalId);
        var mapped = new List<(WordPressKind Kind, string Id, object Entity)>();

        var allAuthors = await db.Authors.ToListAsync(cancellationToken);
        var authorIds = KeptIds.BookOf(allAuthors.Select(a => a.Id), authors.Select(a => a.Id));
        foreach (var wp in authors.Where(a => a.Login.Length > 0).DistinctBy(a => a.Login))
        {
            var slug = WordPressText.Slug(wp.Login, wp.DisplayName, "author");
            var author = Find(allAuthors, known, WordPressKind.Author, wp.Login, a => a.Id, a => a.Slug == slug);
            Count(WordPressKind.Author, author is not null);
            author ??= Added(allAuthors, new Author { Id = authorIds.For(wp.Id), Slug = slug, Name = "" });
            author.Name = WordPressText.Plain(wp.DisplayName, 200);
            mapped.Add((WordPressKind.Author, wp.Login, author));
        }

        var allSections = await db.Sections.ToListAsync(cancellationToken);
        var categories = terms.Where(t => t.Taxonomy == "category").DistinctBy(t => t.TermId).ToList();
        var sectionIds = KeptIds.BookOf(allSections.Select(s => s.Id), categories.Select(c => c.TermId));
        var placed = new Dictionary<string, Section>(StringComparer.OrdinalIgnoreCase);
        var oldPaths = new Dictionary<Section, string>();
        foreach (var wp in ParentsFirst(categories))
        {
            var slug = WordPressText.Slug(wp.Slug, wp.Name, "category-" + wp.TermId);
            var parent = wp.ParentSlug is { } p && placed.TryGetValue(p, out var found) ? found : null;
            var path = parent is null ? slug : parent.Path + "/" + slug;
            var section = Find(allSections, known, WordPressKind.Category, wp.TermId, s => s.Id, s => s.EditionId == Edition.DefaultId && s.Path == path);
            Count(WordPressKind.Category, section is not null);
            section ??= Added(allSections, new Section { Id = sectionIds.For(wp.TermId), Slug = slug, Name = "", Path = path, Parent = parent });
            section.Name = WordPressText.Plain(wp.Name, 200);
            section.Description = wp.Description is null ? null : WordPressText.Plain(wp.Description, 2000);
            placed[wp.Slug] = section;
            oldPaths[section] = (parent is not null && oldPaths.TryGetValue(parent, out var parentOld) ? parentOld + "/" : "")
                + Uri.UnescapeDataString(wp.Slug);
            mapped.Add((WordPressKind.Category, wp.TermId, section));
        }

        var allTags = await db.Tags.ToListAsync(cancellationToken);
        var tagTerms = terms.Where(t => t.Taxonomy == "post_tag").DistinctBy(t => t.TermId).ToList();
        var tagIds = KeptIds.BookOf(allTags.Select(t => t.Id), tagTerms.Select(t => t.TermId));
        foreach (var wp in tagTerms)
        {
            var slug = WordPressText.Slug(wp.Slug, wp.Name, "tag-" + wp.TermId);
            var tag = Find(allTags, known, WordPressKind.Tag, wp.TermId, t => t.Id, t => t.Slug == slug);
            Count(WordPressKind.Tag, tag is not null);
            tag ??= Added(allTags, new Tag { Id = tagIds.For(wp.TermId), Slug = slug, Name = "" });
            tag.Name = WordPressText.Plain(wp.Name, 200);
            mapped.Add((WordPressKind.Tag, wp.TermId, tag));
        }

        foreach (var other in terms.Where(t => t.Taxonomy is not ("category" or "post_tag")))
        {
            if (other.Taxonomy == "nav_menu")
            {
                Menus[other.Slug] = other.Name;
            }

            summary.Skip(WordPressKind.Category, $"a “{other.Taxonomy}” term (only categories and tags are imported)");
        }

        var fallback = allSections.FirstOrDefault(s => s.EditionId == Edition.DefaultId && s.Path == "uncategorized")
            ?? Added(allSections, new Section { Id = sectionIds.For(null), Slug = "uncategorized", Name = "Uncategorized", Path = "uncategorized" });
        await db.SaveChangesAsync(cancellationToken);
        await KeptIds.AdvanceSequencesAsync(db, cancellationToken, "Authors", "Sections", "Tags");

        foreach (var (kind, id, entity) in mapped.DistinctBy(m => (m.Kind, m.Id)))
        {
            var localId = entity switch { Author a => a.Id, Section s => s.Id, Tag t => t.Id, _ => 0 };
            if (!known.ContainsKey((kind, id)))
            {
                db.WordPressSources.Add(new WordPressSource { SiteUrl = channel.SiteUrl, Kind = kind, WordPressId = id, LocalId = localId });
            }
        }

        DefaultSectionId = fallback.Id;
        var redirects = new Dictionary<string, string>();
        var prefix = SitePrefix();
        foreach (var (wpSlug, section) in placed)
        {
            Sections[wpSlug] = section.Id;
            SectionUrls[section.Id] = section.Url;
            SectionNames[section.Id] = section.Name;
            WordPressRedirects.AddWithFeed(redirects, $"{prefix}/category/{oldPaths[section]}", section.Url, section.Url + "/feed");
        }

        foreach (var wp in categories)
        {
            SectionsByTermId[wp.TermId] = placed[wp.Slug].Id;
        }

        foreach (var wp in terms.Where(t => t.Taxonomy == "post_tag"))
        {
            var tag = (Tag)mapped.First(m => m.Kind == WordPressKind.Tag && m.Id == wp.TermId).Entity;
            Tags[wp.Slug] = tag.Id;
            WordPressRedirects.AddWithFeed(redirects, $"{prefix}/tag/{Uri.UnescapeDataString(wp.Slug)}", tag.Url, tag.Url + "/feed");
        }

        foreach (var wp in authors.Where(a => a.Login.Length > 0))
        {
            var author = (Author)mapped.First(m => m.Kind == WordPressKind.Author && m.Id == wp.Login).Entity;
            Authors[wp.Login] = author.Id;
            WordPressRedirects.AddWithFeed(redirects, $"{prefix}/author/{wp.Login}", author.Url, author.Url + "/feed");
        }

        await WordPressRedirects.UpsertAsync(db, redirects, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>The path the old blog lived under ("/blog" for https://example.com/blog), or "".</summary>
    public string SitePrefix() =>
        Uri.TryCreate(channel.SiteUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath.TrimEnd('/') : "";

    private T? Find<T>(List<T> all, Dictionary<(WordPressKind, string), int?> known, WordPressKind kind, string id, Func<T, int> key, Func<T, bool> same)
        where T : class =>
        known.TryGetValue((kind, id), out var localId) && all.FirstOrDefault(e => key(e) == localId) is { } mapped ? mapped : all.FirstOrDefault(same);

    private T Added<T>(List<T> all, T entity)
        where T : class
    {
        all.Add(entity);
        db.Add(entity);
        return entity;
    }

    private void Count(WordPressKind kind, bool existed)
    {
        if (existed)
        {
            summary.Update(kind);
        }
        else
        {
            summary.Create(kind);
        }
    }

    // A parent may come after its child in the file; one that never comes leaves the child at the top.
    private static IEnumerable<WxrTerm> ParentsFirst(List<WxrTerm> categories)
    {
        var pending = categories.ToList();
        var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (pending.Count > 0)
        {
            var slugs = pending.Select(c => c.Slug).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var ready = pending.Where(c => c.ParentSlug is null || done.Contains(c.ParentSlug) || !slugs.Contains(c.ParentSlug)).ToList();
            if (ready.Count == 0)
            {
                ready = [pending[0]];
            }

            foreach (var category in ready)
            {
                done.Add(category.Slug);
                pending.Remove(category);
                yield return category;
            }
        }
    }
}
