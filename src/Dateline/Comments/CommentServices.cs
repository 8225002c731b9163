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
}
