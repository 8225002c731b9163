using System.ComponentModel.DataAnnotations;
using Dateline.Articles;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Dateline.Newsroom.Articles;

/// <summary>What the article editor posts. Limits match the columns, so nothing is cut off on save.</summary>
public sealed class ArticleInput
{
    [Required(ErrorMessage = "Please write a headline.")]
    [StringLength(500, ErrorMessage = "A headline can be at most 500 characters.")]
    public string? Headline { get; set; }

    [StringLength(2000, ErrorMessage = "A standfirst can be at most 2,000 characters.")]
    public string? Standfirst { get; set; }

    [StringLength(200, ErrorMessage = "A slug can be at most 200 characters.")]
    public string? Slug { get; set; }

    [StringLength(ArticleBody.MaxLength, ErrorMessage = "The body can be at most 2 MB of HTML.")]
    public string? BodyHtml { get; set; }

    [StringLength(100, ErrorMessage = "A dateline place can be at most 100 characters.")]
    public string? DatelinePlace { get; set; }

    [StringLength(300, ErrorMessage = "A source attribution can be at most 300 characters.")]
    public string? SourceAttribution { get; set; }

    [Required(ErrorMessage = "Please choose the article's section.")]
    public int? PrimarySectionId { get; set; }

    public List<int> SectionIds { get; set; } = [];

    /// <summary>Tag names, comma-separated; names that are no tag yet become new tags.</summary>
    [StringLength(2000, ErrorMessage = "Tags can be at most 2,000 characters in all.")]
    public string? Tags { get; set; }

    public List<int> AuthorIds { get; set; } = [];
    public int? FeaturedImageId { get; set; }
    public int? SocialImageId { get; set; }
    public int? StoryId { get; set; }

    /// <summary>Not posted: the editor sets it from the article's edition (ArticleEditions.LanguageOf).</summary>
    [BindNever]
    public string Language { get; set; } = "en";

    /// <summary>The edition whose pages list the article; its sections are the ones offered.</summary>
    public int? EditionId { get; set; }

    /// <summary>The original, in another edition, that this article translates; empty for an original.</summary>
    public int? TranslationOfId { get; set; }

    public CommentStatus CommentStatus { get; set; } = CommentStatus.Open;

    [StringLength(300, ErrorMessage = "An SEO title can be at most 300 characters.")]
    public string? SeoTitle { get; set; }

    [StringLength(500, ErrorMessage = "An SEO description can be at most 500 characters.")]
    public string? SeoDescription { get; set; }

    /// <summary>Articles to show first in this article's related list, one address or number per line (see RelatedChoiceChanges).</summary>
    [StringLength(4000, ErrorMessage = "The pinned articles can be at most 4,000 characters in all.")]
    public string? RelatedPinned { get; set; }

    /// <summary>Articles never to show in this article's related list, one address or number per line.</summary>
    [StringLength(20000, ErrorMessage = "The excluded articles can be at most 20,000 characters in all.")]
    public string? RelatedExcluded { get; set; }

    /// <summary>Local time in the site's time zone, from a datetime-local field.</summary>
    public DateTime? ScheduleFor { get; set; }

    /// <summary>The article's version when the form was loaded; a save against another version is a conflict.</summary>
    public int Version { get; set; }

    public static ArticleInput From(Article article, TimeZoneInfo zone) => new()
    {
        Headline = article.Headline,
        Standfirst = article.Standfirst,
        Slug = article.Slug,
        BodyHtml = article.BodyHtml,
        DatelinePlace = article.DatelinePlace,
        SourceAttribution = article.SourceAttribution,
        PrimarySectionId = article.PrimarySectionId,
        SectionIds = article.Sections.Select(s => s.Id).Where(id => id != article.PrimarySectionId).ToList(),
        Tags = string.Join(", ", article.Tags.Select(t => t.Name)),
        AuthorIds = article.Bylines.OrderBy(b => b.Position).Select(b => b.AuthorId).ToList(),
        FeaturedImageId = article.FeaturedImageId,
        SocialImageId = article.SocialImageId,
        StoryId = article.StoryId,
        Language = article.Language,
        EditionId = article.EditionId,
        TranslationOfId = article.TranslationOfId,
        CommentStatus = article.CommentStatus,
        SeoTitle = article.SeoTitle,
        SeoDescription = article.SeoDescription,
        ScheduleFor = article.ScheduledFor is { } due ? TimeZoneInfo.ConvertTimeFromUtc(due, zone) : null,
        Version = article.Version,
    };

    public IEnumerable<string> TagNames() =>
        (Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(name => name.Length is > 0 and <= 200).Distinct(StringComparer.OrdinalIgnoreCase);
}
