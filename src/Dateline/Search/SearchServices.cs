using Dateline.Data;

namespace Dateline.Search;

public static class SearchServices
{
    /// <summary>Registers the search engine of the configured database provider as <see cref="ISearchEngine"/>.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services, DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddScoped<ISearchEngine, PostgresSearchEngine>();
        }
        else
        {
            services.AddScoped<ISearchEngine, SqliteSearchEngine>();
        }

        return services;
    }
}
