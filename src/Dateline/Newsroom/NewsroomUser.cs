using Dateline.Authors;
using Microsoft.AspNetCore.Identity;

namespace Dateline.Newsroom;

/// <summary>A member of the newsroom who signs in at /admin. Their public face, if any, is the linked Author profile.</summary>
public sealed class NewsroomUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? AuthorId { get; set; }
    public Author? Author { get; set; }
    public DateTime CreatedAt { get; set; }
}
