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
                if (options.ReadOnlyConnectionString is { } replica)
                {
                    services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(sp =>
                        new ReaderReplica(options.ConnectionString, replica, sp.GetRequiredService<IHttpContextAccessor>()));
                }

                services.AddDbContextPool<PostgresDatelineDb>((sp, db) => db.UseNpgsql(options.ConnectionString).AddInterceptors(Interceptors(sp)));
                services.AddScoped<DatelineDb>(sp => sp.GetRequiredService<PostgresDatelineDb>());
                break;
            default:
                services.AddDbContextPool<SqliteDatelineDb>((sp, db) =>
                    db.UseSqlite(options.ConnectionString).AddInterceptors(Interceptors(sp)).AddInterceptors(SqliteOpenOncePerContext.Instance));
                services.AddScoped<DatelineDb>(sp => sp.GetRequiredService<SqliteDatelineDb>());
                break;
        }

        return services;
    }

    /// <summary>
    /// Every registered interceptor: the reader cache's eviction on each write, where the host has a reader cache (the
    /// command-line verbs do not), and whatever a test adds to watch the commands.
    /// </summary>
    private static IEnumerable<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor> Interceptors(IServiceProvider services) =>
        services.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>();
}
