using System.Globalization;
using Dateline.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.WordPress;

/// <summary>
/// Imported posts, pages, attachments, comments, categories, tags and authors keep their WordPress ids as Dateline's own
/// wherever the site has no row with that id yet (always, on a site that starts empty), so an app that stored
/// /wp-json/wp/v2/posts/1234 finds the same post in Dateline's WordPress API. Where the id is taken, the row gets the
/// next free one and only the mapping table knows its WordPress id.
/// </summary>
internal static class KeptIds
{
    /// <summary>The WordPress id as a Dateline id, or 0 when it is not a positive number.</summary>
    public static int Parse(string? wordPressId) =>
        int.TryParse(wordPressId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : 0;

    /// <summary>
    /// Ids for a batch's new rows of one table: each item's WordPress id when no row has it, else one past every id the
    /// table and the batch hold. Every new row is given its id here, none by the database, so a generated id can never
    /// meet a kept one. Two queries a batch.
    /// </summary>
    public static async Task<KeptIds.Book> BookAsync(IQueryable<int> tableIds, IEnumerable<string?> candidates, CancellationToken cancellationToken)
    {
        var wanted = candidates.Select(Parse).Where(id => id > 0).ToHashSet();
        var list = wanted.ToList();
        if (list.Count > 0)
        {
            wanted.ExceptWith(await tableIds.Where(id => list.Contains(id)).ToListAsync(cancellationToken));
        }

        var largest = await tableIds.OrderByDescending(id => id).FirstOrDefaultAsync(cancellationToken);
        return new Book(wanted, Math.Max(largest, list.Count > 0 ? list.Max() : 0) + 1);
    }

    /// <summary>The same for rows already in memory (authors, sections, tags: a site has few).</summary>
    public static KeptIds.Book BookOf(IEnumerable<int> tableIds, IEnumerable<string?> candidates)
    {
        var taken = tableIds.ToHashSet();
        var wanted = candidates.Select(Parse).Where(id => id > 0).ToHashSet();
        var largest = Math.Max(taken.Count > 0 ? taken.Max() : 0, wanted.Count > 0 ? wanted.Max() : 0);
        wanted.ExceptWith(taken);
        return new Book(wanted, largest + 1);
    }

    public sealed class Book(HashSet<int> free, int next)
    {
        /// <summary>The row's id: its WordPress id the first time it is asked for and free, else the next unused one.</summary>
        public int For(string? wordPressId) => free.Remove(Parse(wordPressId)) ? Parse(wordPressId) : next++;
    }

    /// <summary>
    /// PostgreSQL's identity sequences do not move past ids written explicitly; left behind, the next article written in
    /// the newsroom would be given an imported one's id. Moved in the batch's own transaction, so even a run killed
    /// half-way leaves them past every id it wrote. SQLite's AUTOINCREMENT follows the largest id by itself.
    /// </summary>
    public static async Task AdvanceSequencesAsync(DatelineDb db, CancellationToken cancellationToken, params string[] tables)
    {
        if (db.Database.IsSqlite())
        {
            return;
        }

        foreach (var table in tables)
        {
            // The table names are ours (never input); setval(…, false) makes the next id the larger of the two.
            var sequence = $"pg_get_serial_sequence('\"{table}\"', 'Id')";
            var advance = $"""SELECT setval({sequence}, GREATEST(COALESCE((SELECT MAX("Id") FROM "{table}"), 0) + 1, nextval({sequence})), false)""";
            await db.Database.ExecuteSqlRawAsync(advance, cancellationToken);
        }
    }
}
