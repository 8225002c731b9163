using Dateline.Articles;
using Dateline.Data;
using Dateline.Editions;
using Dateline.Redirects;
using Dateline.Site;
using Dateline.Tags;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dateline.Newsroom.Articles;

/// <summary>
/// Applies the editor's form to a tracked article: the body cleaned, a unique slug, sections, tags (new names become
/// tags), bylines in the desk's order, and a 301 from the old address when a published article's URL moves.
/// Problems go into <paramref name="errors"/> keyed by field, and nothing is applied past the first one.
/// </summary>
public sealed class ArticleChanges(DatelineDb db, IStringLocalizer<NewsroomLabels> labels)
{
    public async Task<bool> ApplyAsync(Article article, ArticleInput input, ModelStateDictionary errors, DateTime now, CancellationToken cancellationToken)
    {
        string body;
        try
        {
            body = ArticleBody.Clean(input.BodyHtml ?? "");
        }
        catch (ArgumentException e)
        {
            errors.AddModelError("Input.BodyHtml", e.Message);
            return false;
        }

        var slug = await SlugForAsync(article, input, errors, cancellationToken);
        var primaryId = input.PrimarySectionId ?? 0;
        var sectionIds = input.SectionIds.Append(primaryId).Distinct().ToList();
        var sections = await db.Sections.Where(s => sectionIds.Contains(s.Id)).ToListAsync(cancellationToken);
        if (!sections.Any(s => s.Id == primaryId))
        {
            errors.AddModelError("Input.PrimarySectionId", "Please choose the article's section.");
        }

        var authors = await db.Authors.Where(a => input.AuthorIds.Contains(a.Id)).ToListAsync(cancellationToken);
        if (input.StoryId is { } storyId && !await db.Stories.AnyAsync(s => s.Id == storyId, cancellationToken))
        {
            errors.AddModelError("Input.StoryId", "That story no longer exists.");
        }

        foreach (var (field, imageId) in new[] { ("Input.FeaturedImageId", input.FeaturedImageId), ("Input.SocialImageId", input.SocialImageId) })
        {
            if (imageId is { } id && !await db.Media.AnyAsync(m => m.Id == id && m.AltText != "", cancellationToken))
            {
                errors.AddModelError(field, "Choose an image from the media library that has alt text.");
            }
        }

        if (slug is null || !errors.IsValid)
        {
            return false;
        }

        var oldPath = article.Status == ArticleStatus.Published ? article.Path : null;
        article.Headline = input.Headline!.Trim();
        article.Standfirst = Blank(input.Standfirst);
        article.Slug = slug;
        article.BodyHtml = body;
        article.DatelinePlace = Blank(input.DatelinePlace)?.ToUpperInvariant();
        article.SourceAttribution = Blank(input.SourceAttribution);
        article.PrimarySectionId = primaryId;
        article.Sections = sections;
        article.Tags = await TagsAsync(input, cancellationToken);
        article.Bylines = authors.OrderBy(a => input.AuthorIds.IndexOf(a.Id))
            .Select((author, position) => new Byline { Author = author, AuthorId = author.Id, Position = position }).ToList();
        article.FeaturedImageId = input.FeaturedImageId;
        article.SocialImageId = input.SocialImageId;
        article.StoryId = input.StoryId;
        article.Language = input.Language.Trim();
        article.CommentStatus = input.CommentStatus;
        article.SeoTitle = Blank(input.SeoTitle);
        article.SeoDescription = Blank(input.SeoDescription);
        article.UpdatedAt = now;
        if (oldPath is not null && oldPath != article.Path)
        {
            // Redirect rows hold whole site paths: a Dari article's old address is "/fa/2026/…".
            var editionId = article.EditionId;
            var edition = await db.Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Id == editionId, cancellationToken) ?? Edition.English();
            await MoveAsync(edition.PathOf(oldPath), edition.PathOf(article.Path), now, cancellationToken);
        }

        return true;
    }

    /// <summary>
    /// Saves the article and a revision of it in one transaction, so no save goes unrecorded. A concurrent save of the
    /// same article surfaces as <see cref="DbUpdateConcurrencyException"/> for the caller's conflict handling.
    /// </summary>
    public async Task SaveWithRevisionAsync(Article article, NewsroomMember member, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.ArticleRevisions.Add(ArticleRevision.Of(article, now, member.Id, member.Name, isAutosave: false));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Readers following the old address (and any older one that already led to it) land on the new one.</summary>
    public async Task MoveAsync(string oldPath, string newPath, DateTime now, CancellationToken cancellationToken)
    {
        await db.Redirects.Where(r => r.ToPath == oldPath).ExecuteUpdateAsync(r => r.SetProperty(x => x.ToPath, newPath), cancellationToken);
        await db.Redirects.Where(r => r.FromPath == newPath).ExecuteDeleteAsync(cancellationToken);
        if (!await db.Redirects.AnyAsync(r => r.FromPath == oldPath, cancellationToken))
        {
            db.Redirects.Add(new Redirect { FromPath = oldPath, ToPath = newPath, CreatedAt = now });
        }
    }

    private async Task<string?> SlugForAsync(Article article, ArticleInput input, ModelStateDictionary errors, CancellationToken cancellationToken)
    {
        var typed = Slug.From(input.Slug ?? "");
        var wanted = typed.Length > 0 ? typed : Slug.From(input.Headline ?? "");
        if (wanted.Length == 0)
        {
            wanted = "article";
        }

        var taken = await db.Articles.Where(a => a.Id != article.Id && a.Slug.StartsWith(wanted))
            .Select(a => a.Slug).ToListAsync(cancellationToken);
        if (!taken.Contains(wanted))
        {
            return wanted;
        }

        if (typed.Length > 0 && typed != article.Slug)
        {
            errors.AddModelError("Input.Slug", labels["The slug \"{0}\" is already used by another article; choose another.", typed]);
            return null;
        }

        // A generated slug, or one kept from before that another article took meanwhile: number it.
        return Slug.Free(wanted, taken);
    }

    private async Task<List<Tag>> TagsAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        var names = input.TagNames().ToList();
        var slugs = names.Select(Slug.From).Where(s => s.Length > 0).Distinct().ToList();
        var existing = await db.Tags.Where(t => slugs.Contains(t.Slug)).ToListAsync(cancellationToken);
        foreach (var name in names)
        {
            var slug = Slug.From(name);
            if (slug.Length > 0 && existing.All(t => t.Slug != slug))
            {
                var tag = new Tag { Slug = slug, Name = name };
                db.Tags.Add(tag);
                existing.Add(tag);
            }
        }

        return existing;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
