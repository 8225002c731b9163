using Dateline.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Dateline.Data;

/// <summary>Reads a provider's connection string up front, so a typo is a start-up sentence, not a crash.</summary>
public static class ConnectionStrings
{
    public static void Validate(DatabaseProvider provider, string connectionString)
    {
        try
        {
            _ = Parse(provider, connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            throw new StartupProblem(
                $"ConnectionStrings:Dateline cannot be read as a {provider} connection string ({e.Message.Split('\n')[0].TrimEnd('.')}).", e);
        }
    }

    /// <summary>Names the database without its password, so the text is safe to print.</summary>
    public static string Describe(DatabaseProvider provider, string connectionString) =>
        Parse(provider, connectionString) switch
        {
            NpgsqlConnectionStringBuilder pg => $"host {pg.Host}, port {pg.Port}, database {pg.Database ?? pg.Username}",
            SqliteConnectionStringBuilder sqlite => sqlite.DataSource,
            _ => provider.ToString(),
        };

    private static object Parse(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Postgres => new NpgsqlConnectionStringBuilder(connectionString),
        _ => new SqliteConnectionStringBuilder(connectionString),
    };
}
