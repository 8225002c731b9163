namespace Dateline.Newsroom;

/// <summary>
/// The four roles, with WordPress's meanings, from least to most trusted. A member holds exactly one.
/// Contributor: writes and submits own drafts. Author: also publishes own articles and uploads.
/// Editor: edits and publishes everything, moderates, runs the desk. Administrator: also users, settings, imports.
/// </summary>
public static class NewsroomRoles
{
    public const string Contributor = "Contributor";
    public const string Author = "Author";
    public const string Editor = "Editor";
    public const string Administrator = "Administrator";

    public static IReadOnlyList<string> All { get; } = [Contributor, Author, Editor, Administrator];

    /// <summary>The role's canonical spelling, or null for a name that is no role ("editor" → "Editor").</summary>
    public static string? Parse(string? name) =>
        All.FirstOrDefault(role => string.Equals(role, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>0 for Contributor up to 3 for Administrator; -1 for no role.</summary>
    public static int Rank(string? role) => role is null ? -1 : All.ToList().IndexOf(role);
}
