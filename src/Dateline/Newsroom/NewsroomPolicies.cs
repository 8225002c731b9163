namespace Dateline.Newsroom;

/// <summary>Authorization policy names; each requires one of the roles at or above a level.</summary>
public static class NewsroomPolicies
{
    public const string Member = "NewsroomMember";
    public const string Publisher = "NewsroomPublisher";
    public const string Desk = "NewsroomDesk";
    public const string Administration = "NewsroomAdministration";

    public static IEnumerable<(string Policy, string[] Roles)> All =>
    [
        (Member, [.. NewsroomRoles.All]),
        (Publisher, [NewsroomRoles.Author, NewsroomRoles.Editor, NewsroomRoles.Administrator]),
        (Desk, [NewsroomRoles.Editor, NewsroomRoles.Administrator]),
        (Administration, [NewsroomRoles.Administrator]),
    ];
}
