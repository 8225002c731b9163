namespace Dateline.Related;

public static class RelatedServices
{
    /// <summary>The related-stories computation, its queue worker, and the bell the newsroom rings after a save.</summary>
    public static IServiceCollection AddRelatedStories(this IServiceCollection services)
    {
        services.AddScoped<RelatedStories>();
        services.AddSingleton<RelatedRefreshSignal>();
        // One instance serves as the background worker and as the drain that start-up and tests call directly.
        services.AddSingleton<RefreshRelatedStories>();
        services.AddHostedService(sp => sp.GetRequiredService<RefreshRelatedStories>());
        return services;
    }
}
