namespace Dateline.NodeTests;

/// <summary>
/// Node B has ConnectionStrings:DatelineReadOnly: a read-only session on the same database, standing in for a replica.
/// A write through it would fail, so every write the other tests make through B shows the primary took it.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ReplicaTests(NodeCluster cluster)
{
    [Fact]
    public async Task Node_B_reads_readers_pages_from_the_read_only_connection_and_writes_through_the_primary()
    {
        using var reader = new HttpClient();
        using var search = await reader.GetAsync(new Uri(cluster.B, "/search?q=" + Guid.NewGuid().ToString("N")));
        Assert.True(search.StatusCode == HttpStatusCode.OK, $"{(int)search.StatusCode}: {cluster.NodeB.Output[^Math.Min(3000, cluster.NodeB.Output.Length)..]}");
        Assert.True(await cluster.QueryAsync<long>(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'dateline-replica' AND datname = 'dateline_nodes'") > 0,
            "no connection of the read-only string was opened");

        // A comment is a write: posted through B, it is stored, so it did not go through the read-only session.
        var path = await SharingTests.OpenArticleAsync(cluster);
        using var writer = new Browser();
        var text = "Written through the node with a replica " + Guid.NewGuid();
        var (posted, _) = await writer.PostAsync(cluster.B, path + "?handler=Comment", await SharingTests.CommentFieldsAsync(writer, cluster.B, path, text));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(1L, await cluster.QueryAsync<long>($"SELECT count(*) FROM \"Comments\" WHERE \"Body\" LIKE '%{text}%'"));
    }
}
