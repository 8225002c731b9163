using Dateline.Data;
using Microsoft.Extensions.Configuration;

namespace Dateline.Hosting;

/// <summary>The configuration contract of DESIGN.md, read once and checked before anything starts.</summary>
public sealed record DatelineOptions(
    string DataDirectory,
    DatabaseProvider Provider,
    string ConnectionString,
    bool MigrateOnStart,
    bool SeedDemoContent,
    bool RequireHttps)
{
    public string MediaDirectory => System.IO.Path.Combine(DataDirectory, "media");

    public static DatelineOptions From(IConfiguration configuration, string contentRoot, bool isDevelopment)
    {
        var dataDirectory = System.IO.Path.GetFullPath(configuration["Dateline:DataDirectory"] ?? "data", contentRoot);
        var providerName = configuration["Dateline:Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var provider) || !Enum.IsDefined(provider))
        {
            throw new StartupProblem($"Unknown database provider '{providerName}': set Dateline:Database:Provider to Sqlite or Postgres.");
        }

        var connectionString = configuration.GetConnectionString("Dateline");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? $"Data Source={System.IO.Path.Combine(dataDirectory, "dateline.db")}"
                : throw new StartupProblem("ConnectionStrings:Dateline must be set when Dateline:Database:Provider is Postgres.");
        }

        return new DatelineOptions(
            dataDirectory,
            provider,
            connectionString,
            Flag(configuration, "Dateline:Database:MigrateOnStart", true),
            Flag(configuration, "Dateline:SeedDemoContent", isDevelopment),
            Flag(configuration, "Dateline:RequireHttps", false));
    }

    private static bool Flag(IConfiguration configuration, string key, bool fallback)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        return bool.TryParse(value, out var flag)
            ? flag
            : throw new StartupProblem($"{key} must be true or false, not '{value}'.");
    }
}
