using Dateline.Articles;
using Dateline.Authors;
using Dateline.Comments;
using Dateline.Data;
using Dateline.Hosting;
using Dateline.Media;
using Dateline.Sections;
using Dateline.Site;
using Dateline.StaticPages;
using Dateline.Stories;
using Dateline.Tags;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Demo;

/// <summary>
/// Fills an empty database with the demo newsroom, dated relative to today so the site looks live.
/// A database that has any settings or articles is left alone, so starting again never duplicates.
/// </summary>
public static class DemoSeeder
{
    /// <returns>Whether the demo was added (false: the database had content already).</returns>
    /// <param name="withEditions">Adds the Dari edition (demo-edition-fa.json) after the English newsroom.</param>
    public static async Task<bool> SeedDemoNewsroomAsync(this IServiceProvider services, bool withEditions = true, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDb>();
        if (await db.SiteSettings.AnyAsync(cancellationToken) || await db.Articles.AnyAsync(cancellationToken))
        {
            return false;
        }

        var options = scope.ServiceProvider.GetRequiredService<DatelineOptions>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var demo = DemoNewsroom.Load();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        db.SiteSettings.Add(new SiteSettings
        {
            Name = demo.Site.Name,
            Tagline = demo.Site.Tagline,
            Language = demo.Site.Language,
            TimeZone = demo.Site.TimeZone,
            Menu = demo.Menu.Select((m, i) => new MenuItem { Position = i, Label = m.Label, Url = "" }).ToList(),
        });

        // Pictures are drawn and encoded on the thread pool while the entities are built; they are done before saving.
        var drawing = new List<Task>();
        var sections = AddSections(db, demo);
        var tags = demo.Tags.ToDictionary(t => t.Slug, t => new Tag { Slug = t.Slug, Name = t.Name });
        db.Tags.AddRange(tags.Values);
        var authors = demo.Authors.ToDictionary(a => a.Slug, a => new Author
        {
            Slug = a.Slug,
            Name = a.Name,
            JobTitle = a.Title,
            Bio = a.Bio,
            Location = a.Location,
            Photo = Picture(drawing, options, $"authors/{a.Slug}.jpg", a.Slug, $"Portrait of {a.Name}", 400, 400, now),
        });
        db.Authors.AddRange(authors.Values);
        var stories = demo.Stories.ToDictionary(s => s.Slug, s => new Story { Slug = s.Slug, Title = s.Title, Summary = s.Summary, CreatedAt = now });
        db.Stories.AddRange(stories.Values);

        var articles = new Dictionary<string, Article>();
        foreach (var text in demo.Articles)
        {
            var published = now.AddHours(-text.HoursAgo);
            var article = new Article
            {
                Slug = text.Slug,
                Headline = text.Headline,
                Standfirst = text.Standfirst,
                BodyHtml = ArticleBody.Clean(BodyText.ToHtml(text.Body)),
                DatelinePlace = text.Dateline,
                SourceAttribution = text.Source,
                Status = ArticleStatus.Published,
                CreatedAt = published,
                PublishedAt = published,
                UpdatedAt = text.UpdatedHoursAgo is { } updated ? now.AddHours(-updated) : null,
                PrimarySection = sections[text.PrimarySection],
                Sections = text.Sections.Prepend(text.PrimarySection).Distinct().Select(s => sections[s]).ToList(),
                Tags = text.Tags.Distinct().Select(t => tags[t]).ToList(),
                Bylines = text.Authors.Select((a, i) => new Byline { Author = authors[a], Position = i }).ToList(),
                Story = text.Story is null ? null : stories[text.Story],
                FeaturedImage = text.Image is null ? null : Picture(
                    drawing, options, $"{published:yyyy}/{published:MM}/{text.Slug}.jpg", text.Slug, text.Image.Alt,
                    GeneratedImages.Width, GeneratedImages.Height, published, text.Image.Caption, text.Image.Credit),
            };
            articles[text.Slug] = article;
            db.Articles.Add(article);
        }

        foreach (var (page, position) in demo.Pages.Select((p, i) => (p, i)))
        {
            db.StaticPages.Add(new StaticPage { Slug = page.Slug, Title = page.Title, BodyHtml = ArticleBody.Clean(BodyText.ToHtml(page.Body)), UpdatedAt = now, Position = position });
        }

        foreach (var item in demo.Breaking)
        {
            var target = item.ArticleSlug is null ? null : articles[item.ArticleSlug];
            db.BreakingNews.Add(new BreakingNews { Text = item.Text, StartsAt = now.AddHours(-item.HoursAgo), Url = target?.Path });
        }

        await Task.WhenAll(drawing);
        await db.SaveChangesAsync(cancellationToken);
        await FillMenuAsync(db, demo, sections, cancellationToken);
        await AddCommentsAsync(db, demo, articles, now, cancellationToken);
        if (withEditions)
        {
            await DemoEdition.Load().AddAsync(db, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static Dictionary<string, Section> AddSections(DatelineDb db, DemoNewsroom demo)
    {
        var sections = new Dictionary<string, Section>();
        var texts = demo.Sections.ToDictionary(s => s.Slug);
        string PathOf(DemoNewsroom.SectionText s) => s.Parent is null ? s.Slug : PathOf(texts[s.Parent]) + "/" + s.Slug;
        foreach (var (text, position) in demo.Sections.Select((s, i) => (s, i)).OrderBy(s => PathOf(s.s).Count(c => c == '/')))
        {
            var section = new Section
            {
                Slug = text.Slug,
                Name = text.Name,
                Description = text.Description,
                Path = PathOf(text),
                Position = position,
                Parent = text.Parent is null ? null : sections[text.Parent],
            };
            sections[text.Slug] = section;
            db.Sections.Add(section);
        }

        return sections;
    }

    private static async Task FillMenuAsync(DatelineDb db, DemoNewsroom demo, Dictionary<string, Section> sections, CancellationToken cancellationToken)
    {
        var items = await db.MenuItems.OrderBy(m => m.Position).ToListAsync(cancellationToken);
        foreach (var (item, text) in items.Zip(demo.Menu))
        {
            item.Url = sections[text.Section].Url;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    // Parents are saved before their replies, so each reply can point at a real comment id.
    private static async Task AddCommentsAsync(
        DatelineDb db, DemoNewsroom demo, Dictionary<string, Article> articles, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var text in demo.Articles.Where(a => a.Comments is { Count: > 0 }))
        {
            var article = articles[text.Slug];
            var saved = new Dictionary<string, Comment>();
            var pending = text.Comments!.ToList();
            while (pending.Count > 0)
            {
                var ready = pending.Where(c => c.Parent is null || saved.ContainsKey(c.Parent)).ToList();
                if (ready.Count == 0)
                {
                    throw new InvalidOperationException($"Demo comments on '{text.Slug}' reply to comments that do not exist.");
                }

                foreach (var c in ready)
                {
                    var created = article.PublishedAt!.Value.AddHours(c.HoursAfterPublish);
                    var comment = new Comment
                    {
                        ArticleId = article.Id,
                        ParentId = c.Parent is null ? null : saved[c.Parent].Id,
                        AuthorName = c.Name,
                        AuthorEmail = c.Email,
                        AuthorUrl = c.Website,
                        Body = c.Text,
                        Status = Enum.Parse<ModerationStatus>(c.Status, ignoreCase: true),
                        CreatedAt = created < now ? created : now,
                    };
                    saved[c.Key] = comment;
                    db.Comments.Add(comment);
                    pending.Remove(c);
                }

                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    private static MediaItem Picture(
        List<Task> drawing, DatelineOptions options, string relativePath, string seed, string alt, int width, int height, DateTime created,
        string? caption = null, string? credit = null)
    {
        var item = new MediaItem
        {
            FilePath = relativePath,
            ContentType = "image/jpeg",
            Width = width,
            Height = height,
            AltText = alt,
            Caption = caption,
            Credit = credit,
            CreatedAt = created,
        };
        drawing.Add(Task.Run(() =>
            (item.ByteSize, item.RenditionWidths) = GeneratedImages.WriteScene(Path.Combine(options.MediaDirectory, relativePath), seed, width, height)));
        return item;
    }
}
