using System.Reflection;
using Dateline.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dateline.NodeTests;

[Collection(ClusterCollection.Name)]
public sealed class StartupTests(NodeCluster cluster)
{
    [Fact]
    public async Task Both_nodes_started_at_once_on_an_empty_database_migrate_and_seed_once_and_are_healthy()
    {
        // The fixture started both processes at the same moment on a database that did not exist yet.
        var migrations = typeof(PostgresDatelineDb).Assembly.GetTypes().Count(t =>
            t.GetCustomAttribute<MigrationAttribute>() is not null && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(PostgresDatelineDb));
        Assert.True(migrations > 0);
        Assert.Equal(migrations, await cluster.QueryAsync<long>("SELECT count(*) FROM \"__EFMigrationsHistory\""));
        // The demo newsroom was written once: a second seed would have doubled the articles.
        Assert.True(await cluster.QueryAsync<long>("SELECT count(*) FROM \"Articles\"") > 0);
        Assert.Equal(0L, await cluster.QueryAsync<long>("SELECT count(*) - count(DISTINCT \"Slug\") FROM \"Articles\""));
        Assert.Equal(0L, await cluster.QueryAsync<long>("SELECT count(*) - count(DISTINCT \"Name\") FROM \"Authors\""));

        using var client = new HttpClient();
        foreach (var node in new[] { cluster.A, cluster.B })
        {
            using var health = await client.GetAsync(new Uri(node, "/healthz"));
            var text = await health.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Contains("database: Healthy", text);
            Assert.Contains("redis: Healthy", text);
        }

        Assert.DoesNotContain("Starting without the start-up lock", cluster.NodeA.Output + cluster.NodeB.Output);
    }
}
