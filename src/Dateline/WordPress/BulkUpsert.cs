using System.Data.Common;
using Dateline.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dateline.WordPress;

/// <summary>
/// Multi-row INSERT … ON CONFLICT DO UPDATE for the two tables an import writes most and that nothing else reacts to
/// (redirects and mapping rows): one statement per few hundred rows instead of EF's one per row. The SQL is the same on
/// SQLite and PostgreSQL, and runs in the caller's transaction when there is one.
/// </summary>
internal static class BulkUpsert
{
    // Small enough that SQLite's by-name parameter binding (a linear search per parameter) stays cheap.
    private const int RowsPerStatement = 50;

    public static Task RedirectsAsync(DatelineDb db, IReadOnlyList<(string From, string To)> rows, DateTime now, CancellationToken cancellationToken) =>
        RunAsync(db, rows.Count, """INSERT INTO "Redirects" ("FromPath", "ToPath", "CreatedAt") VALUES """,
            """ ON CONFLICT ("FromPath") DO UPDATE SET "ToPath" = excluded."ToPath" """,
            i => [rows[i].From, rows[i].To, now], cancellationToken);

    public static Task SourcesAsync(DatelineDb db, IReadOnlyList<WordPressSource> rows, CancellationToken cancellationToken) =>
        RunAsync(db, rows.Count, """INSERT INTO "WordPressSources" ("SiteUrl", "Kind", "WordPressId", "LocalId", "OriginalUrl") VALUES """,
            """ ON CONFLICT ("SiteUrl", "Kind", "WordPressId") DO UPDATE SET "LocalId" = excluded."LocalId", "OriginalUrl" = excluded."OriginalUrl" """,
            i => [rows[i].SiteUrl, (int)rows[i].Kind, rows[i].WordPressId, rows[i].LocalId, rows[i].OriginalUrl], cancellationToken);

    private static async Task RunAsync(DatelineDb db, int count, string insert, string conflict, Func<int, object?[]> values, CancellationToken cancellationToken)
    {
        if (count == 0)
        {
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            for (var start = 0; start < count; start += RowsPerStatement)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                var tuples = new List<string>();
                for (var i = start; i < Math.Min(count, start + RowsPerStatement); i++)
                {
                    var names = new List<string>();
                    foreach (var value in values(i))
                    {
                        var parameter = command.CreateParameter();
                        parameter.ParameterName = "p" + command.Parameters.Count;
                        parameter.Value = value ?? DBNull.Value;
                        command.Parameters.Add(parameter);
                        names.Add("@" + parameter.ParameterName);
                    }

                    tuples.Add("(" + string.Join(", ", names) + ")");
                }

                command.CommandText = insert + string.Join(", ", tuples) + conflict;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
