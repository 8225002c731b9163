using Dateline.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dateline.Health;

/// <summary>Healthy when the database answers a query; /healthz then says 200, otherwise 503.</summary>
public sealed class DatabaseHealthCheck(DatelineDb db, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.SiteSettings.AsNoTracking().AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy("database answers");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The reason (host names, file paths) goes to the log, not to whoever asks /healthz.
            logger.LogWarning("The database does not answer: {Reason}", e.GetBaseException().Message);
            return HealthCheckResult.Unhealthy("database does not answer");
        }
    }
}
