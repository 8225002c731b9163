using Dateline.Data;
using Npgsql;

namespace Dateline.Tests;

/// <summary>A fresh, empty database of the provider under test, with its data directory; removed on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(DatabaseProvider provider, string dataDirectory, string? postgresDatabase)
    {
        Provider = provider;
        DataDirectory = dataDirectory;
        PostgresDatabase = postgresDatabase;
    }

    public DatabaseProvider Provider { get; }

    public string DataDirectory { get; }
    public string? PostgresDatabase { get; }

    public string ConnectionString => PostgresDatabase is null
        ? $"Data Source={Path.Combine(DataDirectory, "dateline.db")}"
        : new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresServer) { Database = PostgresDatabase }.ConnectionString;

    /// <summary>The configuration arguments that point Dateline at this database.</summary>
    public IReadOnlyList<string> Arguments =>
    [
        $"--Dateline:DataDirectory={DataDirectory}",
        $"--Dateline:Database:Provider={Provider}",
        $"--ConnectionStrings:Dateline={ConnectionString}",
    ];

    public static TestDatabase Create() => Create(TestEnvironment.Provider);

    /// <summary>A database of the given provider, whichever the suite runs on: for a test that measures SQLite itself.</summary>
    public static TestDatabase Create(DatabaseProvider provider)
    {
        var directory = Directory.CreateTempSubdirectory("dateline-test-").FullName;
        var database = provider == DatabaseProvider.Postgres ? "dateline_test_" + Guid.NewGuid().ToString("N")[..12] : null;
        return new TestDatabase(provider, directory, database);
    }

    public async ValueTask DisposeAsync()
    {
        if (PostgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(TestEnvironment.PostgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{PostgresDatabase}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pooled SQLite connection; the temp folder is cleaned by the OS.
        }
    }
}
