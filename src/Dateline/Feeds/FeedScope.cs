using Dateline.Caching;
using Dateline.Editions;
using Dateline.Articles;
using Dateline.Data;
using Dateline.Sections;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Feeds;

/// <summary>What a feed follows: the whole site, or one section (with its sub-sections), tag, author or story.</summary>
/// <param name="Name">Null for the site itself.</param>
/// <param name="PagePath">The page the feed belongs to, "/" for the front page.</param>
/// <param name="CacheTags">What the feed shows besides its entries: its own name and its list (Caching/CacheTags).</param>
public sealed record FeedScope(
    string? Name, string? Description, string PagePath, Func<IQueryable<Article>, IQueryable<Article>> Articles, IReadOnlyList<string> CacheTags)
{
    public static FeedScope Site(string? tagline) => new(null, tagline, "/", articles => articles, [Caching.CacheTags.Feeds]);

    /// <param name="editionId">Section paths are unique within an edition: the request's edition names the section.</param>
    public static async Task<FeedScope?> SectionAsync(DatelineDb db, int editionId, string path, CancellationToken cancellationToken)
    {
        var normalized = path.Trim('/').ToLowerInvariant();
        var section = normalized.Length is 0 or > 1000 ? null
            : await db.Sections.AsNoTracking().FirstOrDefaultAsync(s => s.EditionId == editionId && s.Path == normalized, cancellationToken);
        if (section is null)
        {
            return null;
        }

        var ids = await db.Sections.InEdition(section.EditionId).SubtreeIds(section.Path, cancellationToken);
        return new(section.Name, section.Description, section.Url, articles => articles.InSections(ids),
            [Caching.CacheTags.Section(section.Id), Caching.CacheTags.SectionList(section.Id)]);
    }

    // The finders below take the slug lowered by the caller: a method call inside the query would be compiled by EF on
    // every request.
    public static async Task<FeedScope?> TagAsync(DatelineDb db, string slug, CancellationToken cancellationToken) =>
        await db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken) is { } tag
            ? new(tag.Name, null, tag.Url, articles => articles.Where(a => a.Tags.Any(t => t.Id == tag.Id)),
                [Caching.CacheTags.Tag(tag.Id), Caching.CacheTags.TagList(tag.Id)])
            : null;

    public static async Task<FeedScope?> AuthorAsync(DatelineDb db, string slug, CancellationToken cancellationToken) =>
        await db.Authors.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken) is { } author
            ? new(author.Name, author.JobTitle, author.Url, articles => articles.Where(a => a.Bylines.Any(b => b.AuthorId == author.Id)),
                [Caching.CacheTags.Author(author.Id), Caching.CacheTags.AuthorList(author.Id)])
            : null;

    public static async Task<FeedScope?> StoryAsync(DatelineDb db, string slug, CancellationToken cancellationToken) =>
        await db.Stories.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken) is { } story
            ? new(story.Title, story.Summary, story.Url, articles => articles.Where(a => a.StoryId == story.Id),
                [Caching.CacheTags.Story(story.Id), Caching.CacheTags.StoryList(story.Id)])
            : null;
}
