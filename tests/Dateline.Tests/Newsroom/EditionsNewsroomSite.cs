using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Newsroom;

/// <summary>The newsroom site with the demo's Dari edition at /fa/ beside the English one, for the desk's edition tests.</summary>
public sealed class EditionsNewsroomSite : NewsroomSite
{
    protected override bool DemoEditions => true;

    public Task<int> EditionIdAsync(string key) => WithDbAsync(db => db.Editions.Where(e => e.Key == key).Select(e => e.Id).SingleAsync());

    public Task<int> SectionIdAsync(string editionKey) =>
        WithDbAsync(db => db.Sections.Where(s => db.Editions.Any(e => e.Id == s.EditionId && e.Key == editionKey)).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());

    public Task<int> ArticleIdAsync(string slug) => WithDbAsync(db => db.Articles.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync());

    /// <summary>The fields of a minimal valid article in <paramref name="editionId"/>, filed under <paramref name="sectionId"/>.</summary>
    public static List<KeyValuePair<string, string>> ArticleForm(string headline, int editionId, int sectionId, params (string Key, string Value)[] more) =>
    [
        new("Input.Headline", headline),
        new("Input.BodyHtml", "<p>" + headline + "</p>"),
        new("Input.EditionId", editionId.ToString()),
        new("Input.PrimarySectionId", sectionId.ToString()),
        new("Input.CommentStatus", "Open"),
        .. more.Select(m => new KeyValuePair<string, string>(m.Key, m.Value)),
    ];
}

[CollectionDefinition(Name)]
public sealed class EditionsNewsroomCollection : ICollectionFixture<EditionsNewsroomSite>
{
    public const string Name = "newsroom with editions";
}
