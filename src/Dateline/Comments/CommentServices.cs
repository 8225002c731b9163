namespace Dateline.Comments;

public static class CommentServices
{
    /// <summary>The reader's comment form and what guards it; the moderation queue lives in the newsroom.</summary>
    public static IServiceCollection AddComments(this IServiceCollection services)
    {
        services.AddSingleton<FormStamp>();
        services.AddSingleton<CommentRateLimits>();
        services.AddSingleton<HeldComments>();
        services.AddScoped<CommentIntake>();
        services.AddScoped<HeldCommentMail>();
        services.AddHostedService<ForgetCommenterAddresses>();
        return services;
    }

    /// <summary>
    /// A fresh form stamp for the comment form of a cached article page, fetched by its script when the page opens, so
    /// the "too quick to be a person" check measures from when this reader saw the form, not from when the page was stored.
    /// </summary>
    public static void MapCommentStamp(this IEndpointRouteBuilder app) =>
        app.MapGet("/comments/stamp", (HttpContext context, FormStamp stamps) =>
        {
            context.Response.Headers.CacheControl = "private, no-store";
            return TypedResults.Text(stamps.Issue());
        });
}
