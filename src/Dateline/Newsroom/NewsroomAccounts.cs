using Dateline.Authors;
using Dateline.Data;
using Dateline.Site;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Newsroom;

/// <summary>Creating members and their public author profiles; shared by the setup page, the Users page and the `users` verb.</summary>
public sealed class NewsroomAccounts(DatelineDb db, UserManager<NewsroomUser> users, TimeProvider clock)
{
    public sealed record Problem(string Field, string Message);

    /// <param name="password">Null for an invited member, who chooses one through the emailed link.</param>
    public async Task<(NewsroomUser? User, IReadOnlyList<Problem> Problems)> CreateAsync(
        string email, string name, string role, string? password, CancellationToken cancellationToken)
    {
        var canonicalRole = NewsroomRoles.Parse(role);
        if (canonicalRole is null)
        {
            return (null, [new("Input.Role", $"\"{role}\" is not a role; choose {string.Join(", ", NewsroomRoles.All)}.")]);
        }

        var user = new NewsroomUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = name.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (null, created.Errors.Select(e => new Problem(FieldOf(e.Code), Describe(e))).ToList());
        }

        await users.AddToRoleAsync(user, canonicalRole);
        return (user, []);
    }

    /// <summary>The member's public author profile, made from their name the first time they write.</summary>
    public async Task<int> EnsureAuthorAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstAsync(u => u.Id == userId, cancellationToken);
        if (user.AuthorId is { } existing)
        {
            return existing;
        }

        var stem = Slug.From(user.DisplayName) is { Length: > 0 } s ? s : "author";
        var taken = await db.Authors.Where(a => a.Slug.StartsWith(stem)).Select(a => a.Slug).ToListAsync(cancellationToken);
        var slug = Slug.Free(stem, taken);
        var author = new Author { Slug = slug, Name = user.DisplayName.Length > 0 ? user.DisplayName : user.Email! };
        user.Author = author;
        await db.SaveChangesAsync(cancellationToken);
        return author.Id;
    }

    private static string FieldOf(string code) =>
        code.Contains("Password", StringComparison.Ordinal) ? "Input.Password"
        : code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal) ? "Input.Email"
        : "";

    private static string Describe(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" or "DuplicateEmail" => "A member with that email address exists already.",
        "PasswordTooShort" => "A password needs at least 12 characters.",
        "PasswordRequiresUniqueChars" => "A password needs at least 4 different characters.",
        _ => error.Description,
    };
}
