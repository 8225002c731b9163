using Dateline.Articles;
using Dateline.Authors;
using Dateline.Comments;
using Dateline.Editions;
using Dateline.Media;
using Dateline.Related;
using Dateline.Sections;
using Dateline.Site;
using Dateline.StaticPages;
using Dateline.Stories;
using Dateline.Tags;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Dateline.Caching;

/// <summary>
/// What a save changed, in cache tags, read from the change tracker before the save (original values are gone after).
/// Articles that joined or left lists are kept by id: which tag, author and section lists they are on is looked up
/// after the commit, because a save that only flips an article's status has none of that loaded.
/// </summary>
public sealed class ChangedThings
{
    /// <summary>Article properties that decide which lists an article is on.</summary>
    private static readonly HashSet<string> Placing =
    [
        nameof(Article.Status), nameof(Article.PublishedAt), nameof(Article.PrimarySectionId), nameof(Article.StoryId),
        nameof(Article.EditionId), nameof(Article.Slug),
    ];

    public HashSet<string> Tags { get; } = new(StringComparer.Ordinal);

    /// <summary>Articles that may have joined or left lists; read again after the commit.</summary>
    public HashSet<int> Placed { get; } = [];

    /// <summary>Entries whose database ids exist only after the save (added rows).</summary>
    private readonly List<EntityEntry> added = [];

    public bool IsEmpty => Tags.Count == 0 && Placed.Count == 0 && added.Count == 0;

    public static ChangedThings Before(DbContext db)
    {
        var changed = new ChangedThings();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                changed.Note(entry, original: true);
            }
            else if (entry.State == EntityState.Added)
            {
                changed.added.Add(entry);
            }
        }

        return changed;
    }

    /// <summary>Adds the rows the save inserted, now that they have their ids.</summary>
    public void After()
    {
        foreach (var entry in added)
        {
            Note(entry, original: false);
        }

        added.Clear();
    }

    public void Add(ChangedThings other)
    {
        Tags.UnionWith(other.Tags);
        Placed.UnionWith(other.Placed);
    }

    private void Note(EntityEntry entry, bool original)
    {
        T Value<T>(string property) => (T)(original ? entry.OriginalValues[property] : entry.CurrentValues[property])!;
        bool Modified(string property) => entry.State == EntityState.Modified && entry.Property(property).IsModified;
        switch (entry.Entity)
        {
            case Article article:
                Tags.UnionWith([CacheTags.Article(article.Id), CacheTags.Search, CacheTags.Sitemaps, CacheTags.Api]);
                if (entry.State != EntityState.Modified || Placing.Any(Modified))
                {
                    Placed.Add(article.Id);
                    // Where it was, for a move out of a section or story (the lookup after the save sees where it is).
                    Tags.Add(CacheTags.SectionList(Value<int>(nameof(Article.PrimarySectionId))));
                    if (Value<int?>(nameof(Article.StoryId)) is { } story)
                    {
                        Tags.Add(CacheTags.StoryList(story));
                    }
                }

                break;
            case Dictionary<string, object> join when entry.Metadata.Name is "ArticleTag" or "ArticleSection":
                Placed.Add(Value<int>("ArticleId"));
                Tags.Add(CacheTags.Article(Value<int>("ArticleId")));
                Tags.Add(entry.Metadata.Name == "ArticleTag" ? CacheTags.TagList(Value<int>("TagId")) : CacheTags.SectionList(Value<int>("SectionId")));
                break;
            case Byline byline:
                Placed.Add(byline.ArticleId);
                Tags.UnionWith([CacheTags.Article(byline.ArticleId), CacheTags.AuthorList(Value<int>(nameof(Byline.AuthorId)))]);
                break;
            case Correction correction:
                Tags.Add(CacheTags.Article(correction.ArticleId));
                break;
            case Comment comment:
                // A held comment is seen only by its writer, who never reads it from the shared cache.
                if (comment.Status == ModerationStatus.Approved || original && Value<ModerationStatus>(nameof(Comment.Status)) == ModerationStatus.Approved)
                {
                    Tags.UnionWith([CacheTags.Comments(comment.ArticleId), CacheTags.AllComments, CacheTags.Api]);
                }

                break;
            case RelatedArticle related:
                Tags.Add(CacheTags.Related(related.ArticleId));
                break;
            case RelatedChoice choice:
                Tags.Add(CacheTags.Related(choice.ArticleId));
                break;
            case Section section when entry.State != EntityState.Added:
                Tags.UnionWith([CacheTags.Section(section.Id), CacheTags.SectionList(section.Id), CacheTags.Home, CacheTags.Sitemaps, CacheTags.Api]);
                break;
            case Tag tag when entry.State != EntityState.Added:
                Tags.UnionWith([CacheTags.Tag(tag.Id), CacheTags.TagList(tag.Id), CacheTags.Sitemaps, CacheTags.Api]);
                break;
            case Author author when entry.State != EntityState.Added:
                Tags.UnionWith([CacheTags.Author(author.Id), CacheTags.AuthorList(author.Id), CacheTags.Sitemaps, CacheTags.Api]);
                break;
            case Story story when entry.State != EntityState.Added:
                Tags.UnionWith([CacheTags.Story(story.Id), CacheTags.StoryList(story.Id), CacheTags.Sitemaps, CacheTags.Api]);
                break;
            case StaticPage page:
                // A new page may take an address that answered 404 before; 404s are not stored, so only its own tag.
                // Published pages are listed in every page's footer, part of the site's frame.
                Tags.UnionWith([CacheTags.Page(page.Id), CacheTags.Sitemaps, CacheTags.Api, CacheTags.Site]);
                break;
            case MediaItem when entry.State != EntityState.Added:
            case MenuItem:
            case SiteSettings:
            case BreakingNews:
            case Edition:
                // The site's frame, or a picture any page may show: every stored page, which is rare and cheap.
                Tags.Add(CacheTags.Site);
                break;
        }
    }
}
