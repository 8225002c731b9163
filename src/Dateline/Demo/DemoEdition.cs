using System.Text.Json;
using Dateline.Articles;
using Dateline.Data;
using Dateline.Editions;
using Dateline.Sections;
using Dateline.Site;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Demo;

/// <summary>
/// The demo newsroom's second edition as written in demo-edition-fa.json: a Dari edition at /fa/ with its own sections,
/// menu and original reporting, one article a translation of an English demo article. Written by the same newsroom:
/// its authors and tags are the English edition's.
/// </summary>
public sealed record DemoEdition(
    DemoEdition.EditionText Edition,
    IReadOnlyList<DemoNewsroom.SectionText> Sections,
    IReadOnlyList<DemoNewsroom.MenuText> Menu,
    IReadOnlyList<DemoEdition.ArticleText> Articles)
{
    public sealed record EditionText(int Id, string Key, string Culture, string Name, string UrlPrefix, bool RightToLeft);

    public sealed record ArticleText(
        string Slug, string? TranslationOf, string Headline, string? Standfirst, string? Dateline, string? Source,
        string PrimarySection, IReadOnlyList<string> Sections, IReadOnlyList<string> Tags, IReadOnlyList<string> Authors,
        double HoursAgo, IReadOnlyList<string> Body);

    public static DemoEdition Load()
    {
        using var stream = typeof(DemoEdition).Assembly.GetManifestResourceStream("Dateline.Demo.demo-edition-fa.json")
            ?? throw new InvalidOperationException("The demo edition resource is missing from the build.");
        return JsonSerializer.Deserialize<DemoEdition>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("The demo edition resource is empty.");
    }

    /// <summary>Adds the edition after the English demo is saved (its authors, tags and the original articles exist).</summary>
    public async Task AddAsync(DatelineDb db, DateTime now, CancellationToken cancellationToken)
    {
        var edition = new Edition
        {
            Id = Edition.Id,
            Key = Edition.Key,
            Culture = Edition.Culture,
            Name = Edition.Name,
            UrlPrefix = Edition.UrlPrefix,
            Direction = Edition.RightToLeft ? TextDirection.Rtl : TextDirection.Ltr,
        };
        db.Editions.Add(edition);
        var sections = Sections.Select((s, i) => new Section
        {
            Slug = s.Slug, Name = s.Name, Description = s.Description, Path = s.Slug, Position = i, EditionId = edition.Id,
        }).ToDictionary(s => s.Slug);
        db.Sections.AddRange(sections.Values);
        db.MenuItems.AddRange(Menu.Select((m, i) => new MenuItem
        {
            Label = m.Label, Url = edition.PathOf(sections[m.Section].Url), Position = i, EditionId = edition.Id,
        }));

        var slugs = Articles.SelectMany(a => a.Authors).Concat(Articles.SelectMany(a => a.Tags)).ToHashSet();
        var authors = await db.Authors.Where(a => slugs.Contains(a.Slug)).ToDictionaryAsync(a => a.Slug, cancellationToken);
        var tags = await db.Tags.Where(t => slugs.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, cancellationToken);
        var originals = Articles.Where(a => a.TranslationOf is not null).Select(a => a.TranslationOf!).ToList();
        var originalIds = await db.Articles.Where(a => originals.Contains(a.Slug)).ToDictionaryAsync(a => a.Slug, a => a.Id, cancellationToken);
        foreach (var text in Articles)
        {
            var published = now.AddHours(-text.HoursAgo);
            db.Articles.Add(new Article
            {
                Slug = text.Slug,
                Headline = text.Headline,
                Standfirst = text.Standfirst,
                BodyHtml = ArticleBody.Clean(BodyText.ToHtml(text.Body)),
                DatelinePlace = text.Dateline,
                SourceAttribution = text.Source,
                Language = edition.Culture,
                EditionId = edition.Id,
                TranslationOfId = text.TranslationOf is null ? null : originalIds[text.TranslationOf],
                Status = ArticleStatus.Published,
                CreatedAt = published,
                PublishedAt = published,
                PrimarySection = sections[text.PrimarySection],
                Sections = text.Sections.Prepend(text.PrimarySection).Distinct().Select(s => sections[s]).ToList(),
                Tags = text.Tags.Select(t => tags[t]).ToList(),
                Bylines = text.Authors.Select((a, i) => new Byline { Author = authors[a], Position = i }).ToList(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
