using Dateline.Data;
using Dateline.Redirects;

namespace Dateline.WordPress;

/// <summary>
/// The old site's addresses, as rows of the Redirects table. Query-string forms (?p=12, ?page_id=2, ?attachment_id=9)
/// are stored as the path "/?p=12" so that RedirectMiddleware finds them with the same indexed lookup as any path.
/// </summary>
public static class WordPressRedirects
{
    /// <summary>Query parameters WordPress answers on its home page with the object of that id.</summary>
    public static readonly string[] IdParameters = ["p", "page_id", "attachment_id"];

    public static string ForId(string parameter, string id) => $"/?{parameter}={id}";

    /// <summary>
    /// Adds or repoints each old path, stored without its trailing slash, at once (in the caller's transaction if any). A row whose old path is the
    /// new one is kept: WordPress's "/tag/x/feed/" then leads to "/tag/x/feed", which Dateline would not answer itself.
    /// </summary>
    public static async Task UpsertAsync(DatelineDb db, IReadOnlyDictionary<string, string> oldToNew, DateTime now, CancellationToken cancellationToken)
    {
        var wanted = oldToNew
            .Select(pair => (From: pair.Key.Length > 1 ? pair.Key.TrimEnd('/') : pair.Key, To: pair.Value))
            .Where(pair => pair.From.Length <= Redirect.MaxPathLength && pair.To.Length <= Redirect.MaxPathLength)
            .DistinctBy(pair => pair.From)
            .ToList();
        await BulkInsert.WriteAsync(db, "Redirects", ["FromPath", "ToPath", "CreatedAt"], """ON CONFLICT ("FromPath") DO UPDATE SET "ToPath" = excluded."ToPath" """,
            wanted.Select(r => new object?[] { r.From, r.To, now }), cancellationToken);
    }

    /// <summary>An archive or item path and its feed: WordPress answers both, Dateline's equivalent is "…/feed" or the page itself.</summary>
    public static void AddWithFeed(Dictionary<string, string> redirects, string? oldPath, string newPath, string newFeed)
    {
        if (oldPath is null)
        {
            return;
        }

        redirects[oldPath] = newPath;
        redirects[oldPath + "/feed"] = newFeed;
    }
}
