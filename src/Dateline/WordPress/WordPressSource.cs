namespace Dateline.WordPress;

/// <summary>
/// Which local row an imported WordPress object became. Written in the same transaction as the row itself, so a rerun
/// (or a resumed, interrupted run) finds what is already in and updates it instead of adding a second copy.
/// </summary>
public sealed class WordPressSource
{
    public long Id { get; set; }

    /// <summary>The exported site (its base_blog_url, else base_site_url), lower-cased, without a trailing slash.</summary>
    public required string SiteUrl { get; set; }
    public WordPressKind Kind { get; set; }

    /// <summary>WordPress's id: post_id, term_id, comment_id, or the login for an author.</summary>
    public required string WordPressId { get; set; }

    /// <summary>The local row's id; null for an attachment whose file was not copied (its original address is kept instead).</summary>
    public int? LocalId { get; set; }

    /// <summary>Where the attachment lived on the old site, kept when its file was not copied.</summary>
    public string? OriginalUrl { get; set; }
}
