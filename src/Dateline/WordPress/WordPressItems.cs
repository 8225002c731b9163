using Dateline.Articles;
using Dateline.Comments;
using Dateline.Data;
using Dateline.Media;
using Dateline.Sections;
using Dateline.StaticPages;
using Dateline.Tags;
using Microsoft.EntityFrameworkCore;

namespace Dateline.WordPress;

/// <summary>
/// Writes a batch of posts (articles), pages (static pages: Dateline's pages stand alone, at /{slug}) and attachments,
/// with their comments, redirects and mapping rows, in one transaction: after a crash a batch is wholly in or not at all.
/// Rows already mapped to this site are updated in place, so a rerun never adds a second copy.
/// </summary>
public sealed class WordPressItems(DatelineDb db, WxrChannel channel, WordPressTerms terms, WordPressAttachments attachments, ImportSummary summary, TimeProvider clock)
{
    /// <summary>Articles whose featured image had not been read yet: (article id, attachment's WordPress id). Two ints each.</summary>
    public List<(int ArticleId, string AttachmentId)> PendingFeaturedImages { get; } = [];

    // Mapping rows of the batch being written, inserted in bulk once every row has its id.
    private readonly List<WordPressSource> newSources = [];
    private readonly List<NewArticle> fresh = [];
    private NewIds newIds = null!;

    /// <summary>Where the batch's new rows take their ids from (<see cref="KeptIds"/>).</summary>
    private sealed record NewIds(KeptIds.Book Articles, KeptIds.Book Pages, KeptIds.Book Media, KeptIds.Book Comments);

    public async Task WriteAsync(IReadOnlyList<WxrItem> batch, ConvertedBodies bodies, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        newSources.Clear();
        fresh.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = batch.Select(i => i.PostId).Concat(batch.SelectMany(i => i.Comments).Select(c => c.Id)).Distinct().ToList();
        var known = (await db.WordPressSources
                .Where(s => s.SiteUrl == channel.SiteUrl && s.Kind >= WordPressKind.Post && ids.Contains(s.WordPressId)).ToListAsync(cancellationToken))
            .ToDictionary(s => (s.Kind, s.WordPressId));
        var stubs = AttachTerms(batch);
        var articleIds = LocalIds(known, WordPressKind.Post);
        var articles = await db.Articles.Include(a => a.Sections).Include(a => a.Tags).Include(a => a.Bylines)
            .AsSplitQuery().Where(a => articleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var pageIds = LocalIds(known, WordPressKind.Page);
        var pages = await db.StaticPages.Where(p => pageIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var commentIds = LocalIds(known, WordPressKind.Comment);
        var comments = await db.Comments.Where(c => commentIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var slugs = new SlugBook(db, batch, articles.Values.Select(a => a.Slug), pages.Values.Select(p => p.Slug));
        await slugs.LoadAsync(cancellationToken);
        var unmapped = batch.Where(i => !known.ContainsKey((KindOf(i), i.PostId))).ToList();
        newIds = new NewIds(
            await KeptIds.BookAsync(db.Articles.Select(a => a.Id), unmapped.Where(i => i.PostType == "post").Select(i => i.PostId), cancellationToken),
            await KeptIds.BookAsync(db.StaticPages.Select(p => p.Id), unmapped.Where(i => i.PostType == "page").Select(i => i.PostId), cancellationToken),
            await KeptIds.BookAsync(db.Media.Select(m => m.Id), unmapped.Where(i => i.PostType == "attachment").Select(i => i.PostId), cancellationToken),
            await KeptIds.BookAsync(db.Comments.Select(c => c.Id),
                batch.SelectMany(i => i.Comments).Where(c => !known.ContainsKey((WordPressKind.Comment, c.Id))).Select(c => c.Id), cancellationToken));

        var added = new List<(WordPressKind Kind, string Id, object Entity, string? OriginalUrl)>();
        var written = new List<(WxrItem Item, object Entity)>();
        foreach (var item in batch.OrderBy(i => i.PostType == "attachment" ? 0 : 1))
        {
            var mapping = known.GetValueOrDefault((KindOf(item), item.PostId));
            try
            {
                object? entity = item.PostType switch
                {
                    "attachment" => await AttachmentAsync(item, mapping, added, cancellationToken),
                    "page" => Page(item, mapping is { LocalId: { } p } ? pages.GetValueOrDefault(p) : null, slugs, bodies, now),
                    _ => Post(item, mapping is { LocalId: { } a } ? articles.GetValueOrDefault(a) : null, slugs, stubs, bodies, now),
                };
                if (entity is null)
                {
                    continue;
                }

                if (mapping is null && entity is not MediaItem)
                {
                    added.Add((KindOf(item), item.PostId, entity, null));
                }

                Count(KindOf(item), mapping is not null);
                written.Add((item, entity));
                if (entity is Article article)
                {
                    Comments(item, article, known, comments, added, now);
                }
                else if (item.Comments.Count > 0 && entity is StaticPage)
                {
                    foreach (var _ in item.Comments)
                    {
                        summary.Skip(WordPressKind.Comment, "on a page (Dateline's pages take no comments)");
                    }
                }
            }
            catch (ArgumentException tooLong)
            {
                summary.Fail(KindOf(item), $"{item.PostType} {item.PostId} (line {item.Line})", tooLong.Message);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await using var inserts = new ArticleInserts(db);
        await inserts.WriteAsync(fresh, now, cancellationToken);
        await inserts.ThreadAsync(Finish(added, written, known, comments), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await KeptIds.AdvanceSequencesAsync(db, cancellationToken, "Articles", "StaticPages", "Media", "Comments");
        // Mapping rows in bulk: a rerun repoints the rows it finds instead of adding a second copy.
        await BulkInsert.WriteAsync(db, "WordPressSources", ["SiteUrl", "Kind", "WordPressId", "LocalId", "OriginalUrl"],
            """ON CONFLICT ("SiteUrl", "Kind", "WordPressId") DO UPDATE SET "LocalId" = excluded."LocalId", "OriginalUrl" = excluded."OriginalUrl" """,
            newSources.Select(s => new object?[] { s.SiteUrl, (int)s.Kind, s.WordPressId, s.LocalId, s.OriginalUrl }), cancellationToken);
        await WordPressRedirects.UpsertAsync(db, Redirects(written), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var (kind, id, entity, originalUrl) in added.Where(a => a.Kind == WordPressKind.Attachment))
        {
            if (entity is MediaItem media)
            {
                attachments.Remember(id, originalUrl, media.Id, media.Url);
            }
        }

        db.ChangeTracker.Clear();
    }

    private static WordPressKind KindOf(WxrItem item) => item.PostType switch
    {
        "attachment" => WordPressKind.Attachment,
        "page" => WordPressKind.Page,
        _ => WordPressKind.Post,
    };

    private static List<int> LocalIds(Dictionary<(WordPressKind, string), WordPressSource> known, WordPressKind kind) =>
        known.Values.Where(s => s.Kind == kind && s.LocalId is not null).Select(s => s.LocalId!.Value).ToList();

    // Attached before the articles are loaded, so the loaded links resolve to these same instances.
    private (Dictionary<int, Section> Sections, Dictionary<int, Tag> Tags) AttachTerms(IReadOnlyList<WxrItem> batch)
    {
        var sectionIds = batch.SelectMany(i => i.Categories).Where(c => c.Domain == "category")
            .Select(c => terms.Sections.GetValueOrDefault(c.Slug)).Where(id => id > 0).Append(terms.DefaultSectionId).ToHashSet();
        var tagIds = batch.SelectMany(i => i.Categories).Where(c => c.Domain == "post_tag")
            .Select(c => terms.Tags.GetValueOrDefault(c.Slug)).Where(id => id > 0).ToHashSet();
        var sections = sectionIds.ToDictionary(id => id, id => new Section { Id = id, Slug = "", Name = "" });
        var tags = tagIds.ToDictionary(id => id, id => new Tag { Id = id, Slug = "", Name = "" });
        db.Sections.AttachRange(sections.Values);
        db.Tags.AttachRange(tags.Values);
        return (sections, tags);
    }

    private async Task<MediaItem?> AttachmentAsync(WxrItem item, WordPressSource? mapping, List<(WordPressKind, string, object, string?)> added, CancellationToken cancellationToken)
    {
        attachments.Pages.Add((item.PostId, WordPressText.OldPath(item.Link, channel.SiteUrl), item.ParentId));
        if (mapping is not null)
        {
            // Already in: the file was copied (or its address kept) on an earlier run; copying again would add a duplicate.
            summary.Update(WordPressKind.Attachment);
            return null;
        }

        var (media, reason) = await attachments.TakeAsync(item, cancellationToken);
        if (reason is not null)
        {
            summary.Skip(WordPressKind.Attachment, reason);
        }
        else
        {
            summary.Create(WordPressKind.Attachment);
        }

        if (media is null)
        {
            newSources.Add(new WordPressSource
            {
                SiteUrl = channel.SiteUrl, Kind = WordPressKind.Attachment, WordPressId = item.PostId, OriginalUrl = WordPressText.Cut(item.AttachmentUrl, 2000),
            });
            return null;
        }

        media.Id = newIds.Media.For(item.PostId);
        media.CreatedAt = WordPressText.Date(item.PostDateGmt, item.PostDate) ?? media.CreatedAt;
        db.Media.Add(media);
        added.Add((WordPressKind.Attachment, item.PostId, media, item.AttachmentUrl));
        return null;
    }

    private Article? Post(WxrItem item, Article? article, SlugBook slugs, (Dictionary<int, Section> Sections, Dictionary<int, Tag> Tags) stubs,
        ConvertedBodies bodies, DateTime now)
    {
        var status = WordPressStatus.ForArticle(item);
        if (status is null)
        {
            summary.Skip(WordPressKind.Post, $"status “{item.Status}” is not imported");
            return null;
        }

        var date = WordPressText.Date(item.PostDateGmt, item.PostDate) ?? now;
        var (body, text) = bodies.For(item);
        var isNew = article is null;
        article ??= new Article { Id = newIds.Articles.For(item.PostId), Slug = slugs.ForArticle(item), Headline = "" };

        article.Headline = WordPressText.Plain(item.Title, 500) is { Length: > 0 } title ? title : "(no title)";
        article.Standfirst = item.Excerpt.Trim().Length > 0 ? WordPressText.Cut(WordPressContent.CommentText(item.Excerpt), 2000) : null;
        article.BodyHtml = body;
        article.BodyText = text ?? "";
        article.Status = status.Value;
        article.CreatedAt = date;
        article.PublishedAt = status == ArticleStatus.Published || status == ArticleStatus.Unpublished && item.Status == "publish" ? date : null;
        article.ScheduledFor = status == ArticleStatus.Scheduled ? date : null;
        article.CommentStatus = item.CommentStatus == "closed" ? CommentStatus.Closed : CommentStatus.Open;

        var sectionIds = item.Categories.Where(c => c.Domain == "category").Select(c => terms.Sections.GetValueOrDefault(c.Slug))
            .Where(id => id > 0).Distinct().DefaultIfEmpty(terms.DefaultSectionId).ToList();
        article.PrimarySectionId = sectionIds[0];
        var tagIds = item.Categories.Where(c => c.Domain == "post_tag").Select(c => terms.Tags.GetValueOrDefault(c.Slug)).Where(id => id > 0).Distinct().ToList();
        var hasAuthor = terms.Authors.TryGetValue(item.Creator, out var authorId);
        if (isNew)
        {
            fresh.Add(new NewArticle(article, sectionIds, tagIds, hasAuthor ? authorId : null));
        }
        else
        {
            Reconcile(article.Sections, sectionIds.Select(id => stubs.Sections[id]).ToList(), s => s.Id);
            Reconcile(article.Tags, tagIds.Select(id => stubs.Tags[id]).ToList(), t => t.Id);
            if (hasAuthor && article.Bylines.FirstOrDefault()?.AuthorId != authorId)
            {
                article.Bylines.Clear();
                article.Bylines.Add(new Byline { AuthorId = authorId, Position = 0 });
            }
        }

        article.FeaturedImageId = null;
        if (item.Meta.GetValueOrDefault("_thumbnail_id") is { Length: > 0 } thumbnail)
        {
            article.FeaturedImageId = attachments.MediaId(thumbnail);
        }

        if (item.IsSticky)
        {
            summary.Notes.Add($"“{article.Headline}” was sticky on WordPress; Dateline has no sticky articles, so it is an ordinary one.");
        }

        if (item.HasPassword)
        {
            summary.Notes.Add($"“{article.Headline}” was password-protected; Dateline has no passwords, so it is imported unpublished.");
        }

        return article;
    }

    private StaticPage? Page(WxrItem item, StaticPage? page, SlugBook slugs, ConvertedBodies bodies, DateTime now)
    {
        if (item.Status is "trash" or "inherit" or "auto-draft")
        {
            summary.Skip(WordPressKind.Page, $"status “{item.Status}” is not imported");
            return null;
        }

        var (body, _) = bodies.For(item);
        if (page is null)
        {
            page = new StaticPage { Id = newIds.Pages.For(item.PostId), Slug = slugs.ForPage(item), Title = "" };
            db.StaticPages.Add(page);
        }

        page.Title = WordPressText.Plain(item.Title, 300) is { Length: > 0 } title ? title : "(no title)";
        page.BodyHtml = body;
        page.IsPublished = item.Status == "publish" && !item.HasPassword;
        page.UpdatedAt = WordPressText.Date(item.PostDateGmt, item.PostDate) ?? now;
        page.Position = item.MenuOrder;
        return page;
    }

    private void Comments(WxrItem item, Article article, Dictionary<(WordPressKind, string), WordPressSource> known,
        Dictionary<int, Comment> existing, List<(WordPressKind, string, object, string?)> added, DateTime now)
    {
        foreach (var wp in item.Comments)
        {
            var mapping = known.GetValueOrDefault((WordPressKind.Comment, wp.Id));
            var body = WordPressContent.CommentText(wp.Content);
            if (body.Length == 0)
            {
                summary.Skip(WordPressKind.Comment, "empty");
                continue;
            }

            var comment = mapping is { LocalId: { } id } ? existing.GetValueOrDefault(id) : null;
            if (comment is null)
            {
                comment = new Comment { Id = newIds.Comments.For(wp.Id), AuthorName = "", AuthorEmail = "", Body = "" };
                article.Comments.Add(comment);
                added.Add((WordPressKind.Comment, wp.Id, comment, null));
            }

            Count(WordPressKind.Comment, mapping is not null);
            comment.AuthorName = WordPressText.Cut(WordPressText.Plain(wp.Author, 245) is { Length: > 0 } name ? name : "Anonymous", 245);
            comment.AuthorEmail = WordPressText.Cut(wp.Email, 100);
            comment.AuthorUrl = wp.Url is { } url && Site.LocalUrl.IsSafeLink(url) ? WordPressText.Cut(url, 200) : null;
            comment.Body = WordPressText.Cut(body, 65525);
            comment.Status = WordPressStatus.ForComment(wp.Approved);
            comment.CreatedAt = WordPressText.Date(wp.DateGmt, wp.Date) ?? now;
            comment.ModerationNote = wp.Type is "pingback" or "trackback" ? $"Imported {wp.Type}" : null;
        }
    }

    /// <summary>After the first save every new row has its id: mapping rows, comment threads and pending featured images.</summary>
    private List<(int CommentId, int ParentId)> Finish(List<(WordPressKind Kind, string Id, object Entity, string? OriginalUrl)> added, List<(WxrItem Item, object Entity)> written,
        Dictionary<(WordPressKind, string), WordPressSource> known, Dictionary<int, Comment> existingComments)
    {
        foreach (var (kind, id, entity, originalUrl) in added)
        {
            newSources.Add(new WordPressSource
            {
                SiteUrl = channel.SiteUrl, Kind = kind, WordPressId = id, LocalId = IdOf(entity), OriginalUrl = kind == WordPressKind.Attachment ? WordPressText.Cut(originalUrl, 2000) : null,
            });
        }

        var replies = new List<(int CommentId, int ParentId)>();
        var commentIds = added.Where(a => a.Kind == WordPressKind.Comment).ToDictionary(a => a.Id, a => ((Comment)a.Entity).Id);
        foreach (var (wordPressId, source) in known.Where(k => k.Key.Item1 == WordPressKind.Comment))
        {
            commentIds[wordPressId.Item2] = source.LocalId ?? 0;
        }

        foreach (var (item, entity) in written)
        {
            if (entity is not Article article)
            {
                continue;
            }

            foreach (var wp in item.Comments.Where(c => commentIds.ContainsKey(c.Id)))
            {
                var comment = article.Comments.FirstOrDefault(c => c.Id == commentIds[wp.Id]) ?? existingComments.GetValueOrDefault(commentIds[wp.Id]);
                if (comment is null)
                {
                    continue;
                }

                comment.ParentId = wp.ParentId is { } parent && commentIds.TryGetValue(parent, out var parentId) && parentId > 0 ? parentId : null;
                // A new article's comments were written without EF; their replies are threaded the same way.
                if (comment.ParentId is { } reply && db.Entry(comment).State == EntityState.Detached)
                {
                    replies.Add((comment.Id, reply));
                }
            }

            if (article.FeaturedImageId is null && item.Meta.GetValueOrDefault("_thumbnail_id") is { Length: > 0 } thumbnail)
            {
                PendingFeaturedImages.Add((article.Id, thumbnail));
            }
        }

        return replies;
    }

    private Dictionary<string, string> Redirects(List<(WxrItem Item, object Entity)> written)
    {
        var redirects = new Dictionary<string, string>();
        foreach (var (item, entity) in written)
        {
            var (path, parameter) = entity switch
            {
                Article article => (article.Path, "p"),
                StaticPage page => (page.Url, "page_id"),
                _ => (null, null),
            };
            if (path is null || parameter is null)
            {
                continue;
            }

            redirects[WordPressRedirects.ForId(parameter, item.PostId)] = path;
            // Its old feed ("/old-post/feed/") needs no row: RedirectMiddleware leads "…/feed" to where "…" now is.
            if (WordPressText.OldPath(item.Link, channel.SiteUrl) is { } oldPath)
            {
                redirects[oldPath] = path;
            }
        }

        return redirects;
    }

    private static int? IdOf(object entity) => entity switch
    {
        Article a => a.Id,
        StaticPage p => p.Id,
        Comment c => c.Id,
        MediaItem m => m.Id,
        _ => null,
    };

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

    private static void Reconcile<T>(List<T> current, List<T> wanted, Func<T, int> key)
    {
        current.RemoveAll(c => !wanted.Any(w => key(w) == key(c)));
        current.AddRange(wanted.Where(w => !current.Any(c => key(c) == key(w))));
    }
}
