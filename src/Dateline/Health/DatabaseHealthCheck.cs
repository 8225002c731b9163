using Dateline.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dateline.Health;

/// <summary>Healthy when the database answers a query; /healthz then says 200, otherwise 503.</summary>
public sealed class DatabaseHealthCheck(DatelineDb db) : IHealthCheck
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
            return HealthCheckResult.Unhealthy("database does not answer: " + e.GetBaseException().Message);
        }
    }
}
