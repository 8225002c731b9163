using System.Security.Claims;

namespace Dateline.Newsroom;

/// <summary>The signed-in member of the newsroom and what their role lets them do. Checked on the server for every action.</summary>
public sealed record NewsroomMember(string Id, string Name, string Role)
{
    public const string DisplayNameClaim = "dateline:display_name";

    private int Rank => NewsroomRoles.Rank(Role);

    public bool CanPublishOwn => Rank >= 1;
    public bool CanUpload => Rank >= 1;
    public bool CanEditOthers => Rank >= 2;
    public bool CanModerate => Rank >= 2;
    public bool CanRunTheDesk => Rank >= 2;
    public bool CanAdminister => Rank >= 3;

    /// <summary>The member behind a request's principal, or null for a reader or a principal without a newsroom role.</summary>
    public static NewsroomMember? From(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = NewsroomRoles.All.LastOrDefault(principal.IsInRole);
        if (id is null || role is null)
        {
            return null;
        }

        var name = principal.FindFirstValue(DisplayNameClaim) is { Length: > 0 } display ? display : principal.Identity?.Name ?? "";
        return new NewsroomMember(id, name, role);
    }
}
