using Microsoft.EntityFrameworkCore;

namespace Dateline.Data;

/// <summary>The provider difference of rebuilding the search index, kept here with the others.</summary>
public static class FullTextIndex
{
    /// <summary>
    /// SQLite: FTS5 reads every row of Articles again. PostgreSQL: nothing to do, the generated search vector follows
    /// BodyText in the row itself. Returns whether anything was rebuilt.
    /// </summary>
    public static async Task<bool> RebuildAsync(DatelineDb db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return false;
        }

        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "ArticleSearch"("ArticleSearch") VALUES('rebuild')""", cancellationToken);
        return true;
    }
}
