using Dateline.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dateline.Data;

public static class DataServices
{
    /// <summary>Registers the provider's DbContext and exposes it as <see cref="DatelineDb"/>.</summary>
    public static IServiceCollection AddDatelineData(this IServiceCollection services, DatelineOptions options)
    {
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                services.AddDbContextPool<PostgresDatelineDb>(db => db.UseNpgsql(options.ConnectionString));
                services.AddScoped<DatelineDb>(sp => sp.GetRequiredService<PostgresDatelineDb>());
                break;
            default:
                services.AddDbContextPool<SqliteDatelineDb>(db => db.UseSqlite(options.ConnectionString));
                services.AddScoped<DatelineDb>(sp => sp.GetRequiredService<SqliteDatelineDb>());
                break;
        }

        return services;
    }
}
