using Dateline.Authors;
using Dateline.Comments;
using Dateline.Editions;
using Dateline.Media;
using Dateline.Newsroom;
using Dateline.Sections;
using Dateline.Stories;
using Dateline.Tags;

namespace Dateline.Articles;

/// <summary>A piece of journalism: what readers see at /{yyyy}/{mm}/{dd}/{slug} once it is published.</summary>
public sealed class Article
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Headline { get; set; }
    public string? Standfirst { get; set; }
    public string BodyHtml { get; set; } = "";

    /// <summary>The body's words without markup, kept by DatelineDb on every save; the search index reads it.</summary>
    public string BodyText { get; set; } = "";

    /// <summary>The place the story was filed from, written as wire services do ("ISLAMABAD").</summary>
    public string? DatelinePlace { get; set; }

    /// <summary>The attribution line closing the body, e.g. "(The Frontier Ledger)".</summary>
    public string? SourceAttribution { get; set; }

    public string Language { get; set; } = "en";

    /// <summary>The edition whose pages list the article; its URL carries that edition's prefix.</summary>
    public int EditionId { get; set; } = Edition.DefaultId;
    public Edition Edition { get; set; } = null!;

    /// <summary>
    /// The article this one translates, null for an original. Translations always point at the original, never at
    /// another translation, so a story's versions are the original and every article pointing at it.
    /// </summary>
    public int? TranslationOfId { get; set; }
    public Article? TranslationOf { get; set; }

    /// <summary>What every version of the story shares: the original's id.</summary>
    public int TranslationGroup => TranslationOfId ?? Id;
    public ArticleStatus Status { get; set; } = ArticleStatus.Draft;
    public DateTime CreatedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public DateTime? ScheduledFor { get; set; }

    public int PrimarySectionId { get; set; }
    public Section PrimarySection { get; set; } = null!;

    /// <summary>Every section the article is filed under, the primary one included.</summary>
    public List<Section> Sections { get; set; } = [];
    public List<Tag> Tags { get; set; } = [];
    public List<Byline> Bylines { get; set; } = [];

    public int? FeaturedImageId { get; set; }
    public MediaItem? FeaturedImage { get; set; }

    /// <summary>Shown to search engines and social networks instead of the headline and standfirst when set.</summary>
    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }
    public int? SocialImageId { get; set; }
    public MediaItem? SocialImage { get; set; }

    /// <summary>The newsroom account that created the article; Contributors and Authors may only touch their own.</summary>
    public string? CreatedById { get; set; }

    public int? StoryId { get; set; }
    public Story? Story { get; set; }

    public CommentStatus CommentStatus { get; set; } = CommentStatus.Open;
    public List<Comment> Comments { get; set; } = [];
    public List<Correction> Corrections { get; set; } = [];

    /// <summary>Optimistic-concurrency token, bumped on every save (see DatelineDb.SaveChanges).</summary>
    public int Version { get; set; }

    public bool IsVisibleTo(DateTime now) =>
        Status == ArticleStatus.Published && PublishedAt is { } published && published <= now;

    public string Path => PathFor(PublishedAt ?? CreatedAt, Slug);

    /// <summary>Open when the desk left comments open and the site's closing period (if any) has not passed since publication.</summary>
    public bool AreCommentsOpen(DateTime now, int? closeAfterDays) =>
        CommentStatus == CommentStatus.Open
        && (closeAfterDays is not { } days || PublishedAt is not { } published || published.AddDays(days) > now);

    /// <summary>Editors edit everything; others their own, and a Contributor only until it is published.</summary>
    public bool CanBeEditedBy(NewsroomMember member) =>
        member.CanEditOthers || CreatedById == member.Id && (member.CanPublishOwn || Status is ArticleStatus.Draft or ArticleStatus.PendingReview);

    /// <summary>Publishing, scheduling and unpublishing: Editors for any article, Authors for their own.</summary>
    public bool CanBePublishedBy(NewsroomMember member) =>
        member.CanEditOthers || member.CanPublishOwn && CreatedById == member.Id;

    /// <summary>
    /// Puts the article in front of readers. The first publication fixes the date in its URL (the scheduled time when
    /// it was scheduled, so a restart that delays it does not move it); publishing again after an unpublish keeps it.
    /// </summary>
    public void GoLive(DateTime now)
    {
        Status = ArticleStatus.Published;
        PublishedAt ??= ScheduledFor is { } scheduled && scheduled <= now ? scheduled : now;
        ScheduledFor = null;
    }

    // Invariant: under a Dari page's culture "yyyy" would be the Solar Hijri year.
    public static string PathFor(DateTime published, string slug) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/{published:yyyy}/{published:MM}/{published:dd}/{slug}");
}
