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
    bool RequireHttps,
    IReadOnlyList<System.Net.IPNetwork> TrustedProxies)
{
    /// <summary>A PostgreSQL replica for readers' queries (ConnectionStrings:DatelineReadOnly); null to read from the primary.</summary>
    public string? ReadOnlyConnectionString { get; init; }

    /// <summary>Uploaded pictures and their renditions: in the data directory, or a folder every node shares (Dateline:Media:Directory).</summary>
    public string MediaDirectory { get; init; } = System.IO.Path.Combine(DataDirectory, "media");

    /// <summary>
    /// The site's public address ("https://news.example"), used in links that leave the site (password mails).
    /// Without it those links take the request's host, which a forged Host header could change: set it in production.
    /// </summary>
    public string? PublicUrl { get; init; }

    /// <summary>The public address, or this request's own origin when none is configured.</summary>
    public string PublicRoot(HttpRequest request) => PublicUrl ?? $"{request.Scheme}://{request.Host}";

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

        ConnectionStrings.Validate(provider, connectionString);
        return new DatelineOptions(
            dataDirectory,
            provider,
            connectionString,
            Flag(configuration, "Dateline:Database:MigrateOnStart", true),
            Flag(configuration, "Dateline:SeedDemoContent", isDevelopment),
            Flag(configuration, "Dateline:RequireHttps", false),
            Proxies(configuration))
        {
            PublicUrl = PublicAddress(configuration["Dateline:PublicUrl"]),
            ReadOnlyConnectionString = ReadOnly(configuration, provider),
            MediaDirectory = configuration["Dateline:Media:Directory"] is { Length: > 0 } media
                ? System.IO.Path.GetFullPath(media, contentRoot)
                : System.IO.Path.Combine(dataDirectory, "media"),
        };
    }

    private static string? ReadOnly(IConfiguration configuration, DatabaseProvider provider)
    {
        var replica = configuration.GetConnectionString("DatelineReadOnly");
        if (string.IsNullOrWhiteSpace(replica))
        {
            return null;
        }

        if (provider != DatabaseProvider.Postgres)
        {
            throw new StartupProblem("ConnectionStrings:DatelineReadOnly names a PostgreSQL replica; it needs Dateline:Database:Provider Postgres.");
        }

        ConnectionStrings.Validate(provider, replica);
        return replica;
    }

    private static string? PublicAddress(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.AbsolutePath == "/"
            ? uri.GetLeftPart(UriPartial.Authority)
            : throw new StartupProblem($"Dateline:PublicUrl must be the site's address such as https://news.example, not '{value}'.");

    // Accepts a list (appsettings array) or one comma-separated value (an environment variable).
    private static IReadOnlyList<System.Net.IPNetwork> Proxies(IConfiguration configuration)
    {
        var section = configuration.GetSection("Dateline:TrustedProxies");
        var entries = (section.Value is { } single ? single.Split(',') : section.GetChildren().Select(c => c.Value ?? ""))
            .Select(e => e.Trim()).Where(e => e.Length > 0);
        return entries.Select(entry =>
            System.Net.IPNetwork.TryParse(entry, out var network) ? network
            : System.Net.IPAddress.TryParse(entry, out var address) ? new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8)
            : throw new StartupProblem($"Dateline:TrustedProxies has '{entry}', which is neither an IP address nor a network such as 10.0.0.0/8.")).ToList();
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
