namespace Dateline.WordPress;

// What the reader hands the import, one entry at a time. Nothing here outlives the batch it is written in.

/// <summary>The export's identity, given once before the first author, term or item.</summary>
public sealed record WxrChannel(string SiteUrl, string Version, string? Title);

public sealed record WxrAuthor(string Login, string DisplayName, string? Email, string? Id = null);

/// <summary>A category ("category"), tag ("post_tag") or other term such as a navigation menu ("nav_menu").</summary>
public sealed record WxrTerm(string Taxonomy, string TermId, string Slug, string? ParentSlug, string Name, string? Description);

/// <summary>An item the reader had to refuse (a field past the limit) without losing its place in the file.</summary>
public sealed record WxrRefusedItem(string? PostId, string? PostType, string Reason, int Line, int Column);

public sealed record WxrComment(
    string Id, string? ParentId, string Author, string? Email, string? Url, string Date, string DateGmt, string Content,
    string Approved, string? Type);

public sealed record WxrCategoryRef(string Domain, string Slug, string Name);

/// <summary>A post, page, attachment, menu entry or anything else WordPress keeps in wp_posts.</summary>
public sealed class WxrItem
{
    public required string PostId { get; init; }
    public required string PostType { get; init; }
    public string Title { get; init; } = "";
    public string Link { get; init; } = "";
    public string Creator { get; init; } = "";
    public string Content { get; init; } = "";
    public string Excerpt { get; init; } = "";
    public string PostName { get; init; } = "";
    public string Status { get; init; } = "";
    public string PostDate { get; init; } = "";
    public string PostDateGmt { get; init; } = "";
    public string? ParentId { get; init; }
    public int MenuOrder { get; init; }
    public string CommentStatus { get; init; } = "open";
    public bool HasPassword { get; init; }
    public bool IsSticky { get; init; }
    public string AttachmentUrl { get; init; } = "";
    public int Line { get; init; }
    public IReadOnlyList<WxrCategoryRef> Categories { get; init; } = [];
    public IReadOnlyDictionary<string, string> Meta { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<WxrComment> Comments { get; init; } = [];
}
