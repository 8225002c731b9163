using Dateline.Data;
using Dateline.Redirects;
using Microsoft.EntityFrameworkCore;

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
    /// Adds or repoints each old path, stored without its trailing slash; the caller saves. A row whose old path is the
    /// new one is kept: WordPress's "/tag/x/feed/" then leads to "/tag/x/feed", which Dateline would not answer itself.
    /// </summary>
    public static async Task UpsertAsync(DatelineDb db, IReadOnlyDictionary<string, string> oldToNew, DateTime now, CancellationToken cancellationToken)
    {
        var wanted = oldToNew
            .Select(pair => (From: pair.Key.Length > 1 ? pair.Key.TrimEnd('/') : pair.Key, To: pair.Value))
            .Where(pair => pair.From.Length <= Redirect.MaxPathLength && pair.To.Length <= Redirect.MaxPathLength)
            .DistinctBy(pair => pair.From)
            .ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var froms = wanted.Select(w => w.From).ToList();
        var existing = await db.Redirects.Where(r => froms.Contains(r.FromPath)).ToDictionaryAsync(r => r.FromPath, cancellationToken);
        foreach (var (from, to) in wanted)
        {
            if (existing.TryGetValue(from, out var redirect))
            {
                redirect.ToPath = to;
            }
            else
            {
                db.Redirects.Add(new Redirect { FromPath = from, ToPath = to, CreatedAt = now });
            }
        }
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
