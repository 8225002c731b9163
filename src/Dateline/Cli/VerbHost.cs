using Dateline.Data;
using Dateline.Hosting;

namespace Dateline.Cli;

/// <summary>Builds the services a verb needs from the same configuration sources the web host reads.</summary>
public static class VerbHost
{
    private static readonly string[] ConfigurationPrefixes = ["--Dateline:", "--ConnectionStrings:", "--environment", "--contentRoot", "--Logging:"];

    /// <summary>Separates configuration ("--Dateline:DataDirectory=x" or "--Dateline:DataDirectory x") from the verb's own arguments.</summary>
    public static (string[] Verb, string[] Configuration) SplitConfiguration(string[] args)
    {
        var verb = new List<string>();
        var configuration = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!ConfigurationPrefixes.Any(p => args[i].StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                verb.Add(args[i]);
                continue;
            }

            configuration.Add(args[i]);
            if (!args[i].Contains('=') && i + 1 < args.Length)
            {
                configuration.Add(args[++i]);
            }
        }

        return (verb.ToArray(), configuration.ToArray());
    }

    public static async Task<IHost> StartAsync(string[] configuration, bool forceMigrate, CancellationToken cancellationToken, Action<IServiceCollection>? addServices = null)
    {
        var builder = Host.CreateApplicationBuilder(configuration);
        builder.Configuration.AddEnvironmentVariables("ASPNETCORE_");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Critical);
        var options = DatelineOptions.From(builder.Configuration, builder.Environment.ContentRootPath, builder.Environment.IsDevelopment());
        if (forceMigrate)
        {
            options = options with { MigrateOnStart = true };
        }

        builder.Services.AddDatelineData(options);
        addServices?.Invoke(builder.Services);
        var host = builder.Build();
        await host.Services.PrepareDatabaseAsync(cancellationToken);
        return host;
    }
}
