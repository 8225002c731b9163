using Dateline.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Dateline.Tests.Health;

public sealed class HealthTests : IAsyncLifetime
{
    private readonly AppFixture site = new();

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();

    [Fact]
    public async Task Healthz_is_200_while_the_database_answers_and_503_when_it_does_not()
    {
        using (var healthy = await site.Client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        }

        await BreakDatabaseAsync();

        using var broken = await site.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, broken.StatusCode);
        var report = await broken.Content.ReadAsStringAsync();
        Assert.Contains("database: Unhealthy", report);
        Assert.DoesNotContain(site.Database.DataDirectory, report);
        Assert.DoesNotContain("127.0.0.1", report);
        using var page = await site.Client.GetAsync("/");
        Assert.True(page.StatusCode is HttpStatusCode.InternalServerError or HttpStatusCode.ServiceUnavailable);
        Assert.Contains("Something went wrong", await page.Content.ReadAsStringAsync());
    }

    private async Task BreakDatabaseAsync()
    {
        if (TestEnvironment.Provider == DatabaseProvider.Postgres)
        {
            await using var connection = new NpgsqlConnection(TestEnvironment.PostgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE \"{site.Database.PostgresDatabase}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            NpgsqlConnection.ClearAllPools();
            return;
        }

        // Put a directory where the database file was: SQLite can no longer open it.
        var file = Path.Combine(site.Database.DataDirectory, "dateline.db");
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }

        Directory.CreateDirectory(file);
    }
}
