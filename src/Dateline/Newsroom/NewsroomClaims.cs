using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dateline.Newsroom;

/// <summary>Adds the member's display name to the sign-in cookie, so pages need not look it up.</summary>
public sealed class NewsroomClaims(UserManager<NewsroomUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<NewsroomUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(NewsroomUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(NewsroomMember.DisplayNameClaim, user.DisplayName));
        return identity;
    }
}
