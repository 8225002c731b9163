using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Dateline.Data;

/// <summary>
/// Multi-row INSERTs of one table for the bulk writers (the generator, the WordPress import): rows are buffered and
/// sent a few dozen at a time, one round trip each, with one command per row count reused for the whole transaction.
/// A <c>suffix</c> such as <c>ON CONFLICT … DO UPDATE</c> makes it an upsert. Same SQL on both providers.
/// </summary>
public sealed class BulkInsert(DbConnection connection, DbTransaction? transaction, string table, string[] columns, string suffix = "") : IAsyncDisposable
{
    // Small enough that SQLite's binding by name (a linear search of the statement's parameters) stays cheap, large
    // enough that PostgreSQL's round trips are few.
    private const int RowsPerStatement = 25;

    private readonly List<object?[]> rows = [];
    private readonly Dictionary<int, DbCommand> commands = [];

    /// <summary>Writes every row through the context's own connection and transaction (opened for the call when it is not).</summary>
    public static async Task WriteAsync(DatelineDb db, string table, string[] columns, string suffix, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var insert = new BulkInsert(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), table, columns, suffix);
            foreach (var row in rows)
            {
                await insert.AddAsync(cancellationToken, row);
            }

            await insert.FlushAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task AddAsync(CancellationToken cancellationToken, params object?[] row)
    {
        rows.Add(row);
        if (rows.Count == RowsPerStatement)
        {
            await FlushAsync(cancellationToken);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var command = CommandFor(rows.Count);
        var i = 0;
        foreach (var value in rows.SelectMany(r => r))
        {
            command.Parameters[i++].Value = value ?? DBNull.Value;
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
        rows.Clear();
    }

    private DbCommand CommandFor(int count)
    {
        if (commands.TryGetValue(count, out var command))
        {
            return command;
        }

        command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = string.Join(", ", columns.Select(c => $"\"{c}\""));
        var values = string.Join(", ", Enumerable.Range(0, count).Select(r => "(" + string.Join(", ", columns.Select((_, c) => $"@p{r}_{c}")) + ")"));
        command.CommandText = $"INSERT INTO \"{table}\" ({names}) VALUES {values} {suffix}";
        for (var r = 0; r < count; r++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"p{r}_{c}";
                command.Parameters.Add(parameter);
            }
        }

        commands[count] = command;
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands.Values)
        {
            await command.DisposeAsync();
        }
    }
}
