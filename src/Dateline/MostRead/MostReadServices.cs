namespace Dateline.MostRead;

public static class MostReadServices
{
    /// <summary>The in-memory read counter, its flush to ArticleViews, and the cached lists the pages show.</summary>
    public static IServiceCollection AddMostRead(this IServiceCollection services)
    {
        services.AddSingleton<ReadCounter>();
        services.AddSingleton<MostReadLists>();
        // One instance: the host runs its rounds, and tests (or a shutdown) can flush it directly.
        services.AddSingleton<FlushArticleViews>();
        services.AddHostedService(sp => sp.GetRequiredService<FlushArticleViews>());
        return services;
    }

    public static void UseMostRead(this IApplicationBuilder app) => app.UseMiddleware<CountReads>();
}
