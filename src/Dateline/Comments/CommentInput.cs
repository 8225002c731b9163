using System.ComponentModel.DataAnnotations;

namespace Dateline.Comments;

/// <summary>What a reader submits in the "Leave a Reply" form. Limits are WordPress's.</summary>
public sealed class CommentInput
{
    public const int MaxComment = 65525;
    public const int MaxName = 245;
    public const int MaxEmail = 100;
    public const int MaxWebsite = 200;

    [Required(ErrorMessage = "Please write a comment.")]
    [StringLength(MaxComment, ErrorMessage = "A comment can be at most 65,525 characters.")]
    public string? Comment { get; set; }

    [Required(ErrorMessage = "Please give your name.")]
    [StringLength(MaxName, ErrorMessage = "A name can be at most 245 characters.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Please give your email address; it will not be published.")]
    [StringLength(MaxEmail, ErrorMessage = "An email address can be at most 100 characters.")]
    [EmailAddress(ErrorMessage = "Please give a valid email address.")]
    public string? Email { get; set; }

    [StringLength(MaxWebsite, ErrorMessage = "A website address can be at most 200 characters.")]
    [Url(ErrorMessage = "Please give a website address starting with http:// or https://.")]
    public string? Website { get; set; }

    /// <summary>The comment this one answers ("Reply"), if any.</summary>
    public int? ParentId { get; set; }

    /// <summary>"Save my name, email, and website in this browser for the next time I comment."</summary>
    public bool Remember { get; set; }

    /// <summary>The signed time the form was made (FormStamp).</summary>
    [StringLength(1000)]
    public string? Stamp { get; set; }

    /// <summary>A field people never see and bots fill in: anything in it refuses the comment, with a message.</summary>
    [StringLength(1000)]
    public string? Address { get; set; }
}
