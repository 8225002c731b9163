using System.Text;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dateline.Health;

public static class HealthEndpoints
{
    public static IServiceCollection AddDatelineHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                context.Response.Headers.CacheControl = "no-store";
                var text = new StringBuilder(report.Status.ToString());
                foreach (var (name, entry) in report.Entries)
                {
                    text.Append('\n').Append(name).Append(": ").Append(entry.Status).Append(" (").Append(entry.Description).Append(')');
                }

                await context.Response.WriteAsync(text.ToString());
            },
        });
}
