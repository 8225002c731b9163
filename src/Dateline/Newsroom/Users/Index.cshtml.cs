using System.ComponentModel.DataAnnotations;
using Dateline.Data;
using Dateline.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dateline.Newsroom.Users;

/// <summary>Administrators invite members, change their roles, end their sessions, and lock or unlock them.</summary>
[Authorize(Policy = NewsroomPolicies.Administration)]
public sealed class IndexModel(DatelineDb db, UserManager<NewsroomUser> users, NewsroomAccounts accounts, PasswordLinks links, DatelineOptions options, TimeProvider clock,
    IStringLocalizer<NewsroomLabels> labels)
    : PageModel, INewsroomPage
{
    public string Title => "Users";

    public sealed record Row(string Id, string Name, string Email, string Role, bool TwoFactor, bool Locked);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public string? Notice { get; private set; }

    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public sealed class InviteInput
    {
        [Required(ErrorMessage = "Please give the new member's name.")]
        [StringLength(200, ErrorMessage = "A name can be at most 200 characters.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Please give the new member's email address.")]
        [EmailAddress(ErrorMessage = "Please give a valid email address.")]
        [StringLength(256, ErrorMessage = "An email address can be at most 256 characters.")]
        public string? Email { get; set; }

        public string Role { get; set; } = NewsroomRoles.Contributor;
    }

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public async Task OnGetAsync(string? notice, CancellationToken cancellationToken)
    {
        Notice = notice;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var (user, problems) = await accounts.CreateAsync(Input.Email!, Input.Name!, Input.Role, password: null, cancellationToken);
            foreach (var problem in problems)
            {
                ModelState.AddModelError(problem.Field, problem.Message);
            }

            if (user is not null)
            {
                await links.SendInvitationAsync(user, NewsroomRoles.Parse(Input.Role)!, NewsroomMember.From(User)!.Name, options.PublicRoot(Request), cancellationToken);
                return Done(labels["{0} is invited as {1}; the invitation is on its way.", user.Email!, labels[NewsroomRoles.Parse(Input.Role)!].Value]);
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(string id, string role, CancellationToken cancellationToken)
    {
        if (await OtherMemberAsync(id) is not { } user || NewsroomRoles.Parse(role) is not { } canonical)
        {
            return BadRequest();
        }

        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRoleAsync(user, canonical);
        // The new role takes effect at once: the member's next request re-reads their claims.
        await users.UpdateSecurityStampAsync(user);
        return Done(labels["{0} is now {1}.", user.Email!, labels[canonical].Value]);
    }

    public async Task<IActionResult> OnPostRevokeAsync(string id, CancellationToken cancellationToken)
    {
        if (await OtherMemberAsync(id) is not { } user)
        {
            return BadRequest();
        }

        await users.UpdateSecurityStampAsync(user);
        return Done(labels["Every session of {0} is signed out.", user.Email!]);
    }

    public async Task<IActionResult> OnPostLockAsync(string id, bool locked, CancellationToken cancellationToken)
    {
        if (await OtherMemberAsync(id) is not { } user)
        {
            return BadRequest();
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);
        return Done(labels[locked ? "{0} is locked out." : "{0} can sign in again.", user.Email!]);
    }

    // Administrators cannot lock, demote or sign out themselves here: the site must never be left without one.
    private async Task<NewsroomUser?> OtherMemberAsync(string id) =>
        id == NewsroomMember.From(User)!.Id ? null : await users.FindByIdAsync(id);

    private RedirectResult Done(string notice) => Redirect("/admin/users?notice=" + Uri.EscapeDataString(notice));

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToDictionaryAsync(x => x.UserId, x => x.Name ?? "", cancellationToken);
        Rows = (await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).Take(1000).ToListAsync(cancellationToken))
            .Select(u => new Row(u.Id, u.DisplayName, u.Email ?? "", roles.GetValueOrDefault(u.Id, ""), u.TwoFactorEnabled, u.LockoutEnd > now))
            .ToList();
    }
}
