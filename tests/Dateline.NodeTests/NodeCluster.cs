using System.Diagnostics;
using System.Net.Sockets;
using Npgsql;

namespace Dateline.NodeTests;

/// <summary>
/// Two Dateline nodes (the built app, run as two processes) on one PostgreSQL and one Redis, behind nginx configured by
/// deploy/nginx.conf, all on loopback ports and all started here: a PostgreSQL cluster of its own (the tests stop it),
/// redis-server and nginx from Debian. The nodes are started at the same moment on the empty database, as the start-up
/// test requires. A missing program fails the run: nothing is skipped.
/// </summary>
public sealed class NodeCluster : IAsyncLifetime
{
    public const string Password = "a long enough test passphrase";
    public const string EditorEmail = "editor@nodes.test";

    private readonly string folder = Directory.CreateTempSubdirectory("dateline-nodes-").FullName;
    private readonly Dictionary<string, int> ports = new();
    private string pgBin = "";

    public ServerProcess NodeA { get; private set; } = null!;
    public ServerProcess NodeB { get; private set; } = null!;
    public ServerProcess Redis { get; private set; } = null!;
    public ServerProcess Nginx { get; private set; } = null!;

    public Uri A => new($"http://127.0.0.1:{ports["a"]}");
    public Uri B => new($"http://127.0.0.1:{ports["b"]}");
    public Uri Front => new($"http://127.0.0.1:{ports["nginx"]}");
    public int RedisPort => ports["redis"];

    public string ConnectionString => $"Host=127.0.0.1;Port={ports["pg"]};Username=postgres;Database=dateline_nodes;Pooling=false";

    /// <summary>How long both nodes took from their common start to both answering /healthz.</summary>
    public TimeSpan StartedTogetherIn { get; private set; }

    public async Task InitializeAsync()
    {
        // PostgreSQL and nginx's workers run as other users: they must reach their folders inside this one.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        foreach (var name in new[] { "a", "b", "nginx", "redis", "pg" })
        {
            ports[name] = FreePort();
        }

        await StartPostgresAsync();
        StartRedis();
        var clock = Stopwatch.StartNew();
        NodeA = StartNode("a");
        NodeB = StartNode("b");
        await Task.WhenAll(WaitHealthyAsync(NodeA, A), WaitHealthyAsync(NodeB, B));
        StartedTogetherIn = clock.Elapsed;
        await StartNginxAsync();
        var (code, output) = await ServerProcess.RunAsync("dotnet",
            [DllPath, "users", "add", "--email", EditorEmail, "--role", "Editor", "--name", "Node Editor", "--password-stdin"],
            NodeEnvironment("a"), Password + "\n");
        Assert.True(code == 0, "users add failed: " + output);
    }

    public static string DllPath
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
            return Path.Combine(TestEnvironment.ContentRoot, "bin", configuration, "net10.0", "Dateline.dll");
        }
    }

    public ServerProcess StartNode(string name)
    {
        var port = ports[name];
        return ServerProcess.Start("node " + name, "dotnet",
            [DllPath, "--contentRoot", TestEnvironment.ContentRoot, "--urls", $"http://127.0.0.1:{port}", "--environment", "Production"],
            NodeEnvironment(name));
    }

    /// <summary>Starts node A again after a test stopped or killed it, and waits until it answers.</summary>
    public async Task RestartAAsync()
    {
        NodeA.Dispose();
        NodeA = StartNode("a");
        await WaitHealthyAsync(NodeA, A);
    }

    public void StartRedis()
    {
        var dir = Path.Combine(folder, "redis");
        Directory.CreateDirectory(dir);
        // Append-only, as in production: the data-protection keys outlive a restart.
        Redis = ServerProcess.Start("redis", Require("redis-server"),
            ["--bind", "127.0.0.1", "--port", RedisPort.ToString(), "--dir", dir, "--save", "", "--appendonly", "yes", "--protected-mode", "no"]);
        WaitListening(RedisPort, Redis);
    }

    public async Task<T> QueryAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T));
    }

    public static int Count(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Node B reads readers' pages through this: the same database, read-only, named so a test can see it used.</summary>
    public string ReplicaConnectionString => ConnectionString.Replace(";Pooling=false", "") + ";Application Name=dateline-replica;Options=-c default_transaction_read_only=on";

    private Dictionary<string, string> NodeEnvironment(string name)
    {
        var environment = Environment(name);
        if (name == "b")
        {
            environment["ConnectionStrings__DatelineReadOnly"] = ReplicaConnectionString;
        }

        return environment;
    }

    private Dictionary<string, string> Environment(string name) => new()
    {
        ["Dateline__Database__Provider"] = "Postgres",
        ["ConnectionStrings__Dateline"] = ConnectionString.Replace(";Pooling=false", ""),
        ["ConnectionStrings__Redis"] = $"127.0.0.1:{RedisPort}",
        ["Dateline__DataDirectory"] = Path.Combine(folder, "node-" + name),
        ["Dateline__Media__Directory"] = Path.Combine(folder, "media"),
        ["Dateline__SeedDemoContent"] = "true",
        ["Dateline__Demo__Editions"] = "false",
        ["Dateline__Comments__MinimumSecondsToWrite"] = "0",
        ["Dateline__Comments__PerAddressPerMinute"] = "1000000",
        ["Dateline__Comments__PerEmailPerMinute"] = "1000000",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Dateline"] = "Information",
        ["Logging__Console__FormatterName"] = "simple",
        ["Logging__Console__FormatterOptions__SingleLine"] = "true",
        ["DOTNET_NOLOGO"] = "1",
    };

    private async Task StartPostgresAsync()
    {
        pgBin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderBy(d => d).LastOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL (Debian package postgresql) is required; ./test.sh installs it.");
        var data = Path.Combine(folder, "pg");
        Directory.CreateDirectory(data);
        if (System.Environment.UserName == "root")
        {
            await MustAsync("chown", ["-R", "postgres", data]);
        }

        await MustAsync(AsPostgres("initdb"), [.. AsPostgresArguments("initdb"), "-D", Path.Combine(data, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"]);
        await StartPostgresServerAsync();
    }

    public async Task StartPostgresServerAsync() =>
        await MustAsync(AsPostgres("pg_ctl"), [.. AsPostgresArguments("pg_ctl"), "-D", Path.Combine(folder, "pg", "data"), "-l", Path.Combine(folder, "pg", "log"), "-w", "-t", "60",
            "-o", $"-h 127.0.0.1 -p {ports["pg"]} -k {Path.Combine(folder, "pg")} -c fsync=off -c max_connections=200", "start"]);

    public async Task StopPostgresServerAsync() =>
        await MustAsync(AsPostgres("pg_ctl"), [.. AsPostgresArguments("pg_ctl"), "-D", Path.Combine(folder, "pg", "data"), "-m", "fast", "-w", "stop"]);

    private string AsPostgres(string program) => System.Environment.UserName == "root" ? "runuser" : Path.Combine(pgBin, program);

    private string[] AsPostgresArguments(string program) => System.Environment.UserName == "root" ? ["-u", "postgres", "--", Path.Combine(pgBin, program)] : [];

    private async Task StartNginxAsync()
    {
        var dir = Path.Combine(folder, "nginx");
        Directory.CreateDirectory(dir);
        var config = (await File.ReadAllTextAsync(Path.Combine(TestEnvironment.RepositoryRoot, "deploy", "nginx.conf")))
            .Replace("@PREFIX@", dir).Replace("@NODE_A@", $"127.0.0.1:{ports["a"]}").Replace("@NODE_B@", $"127.0.0.1:{ports["b"]}")
            .Replace("@LISTEN@", $"127.0.0.1:{ports["nginx"]}");
        await File.WriteAllTextAsync(Path.Combine(dir, "nginx.conf"), config);
        Nginx = ServerProcess.Start("nginx", Require("nginx"), ["-p", dir, "-c", Path.Combine(dir, "nginx.conf"), "-g", "daemon off;"]);
        WaitListening(ports["nginx"], Nginx);
    }

    private static async Task WaitHealthyAsync(ServerProcess node, Uri address)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            Assert.False(node.HasExited, $"{node.Name} ended during start-up:\n{node.Output}");
            try
            {
                using var response = await client.GetAsync(new Uri(address, "/healthz"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            await Task.Delay(200);
        }

        Assert.Fail($"{node.Name} did not become healthy within three minutes:\n{node.Output}");
    }

    private static void WaitListening(int port, ServerProcess server)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            Assert.False(server.HasExited, $"{server.Name} ended at start:\n{server.Output}");
            try
            {
                using var probe = new TcpClient();
                probe.Connect("127.0.0.1", port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }

        Assert.Fail($"{server.Name} is not listening on {port}:\n{server.Output}");
    }

    private static string Require(string program) =>
        new[] { "/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin" }.Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException($"{program} is required for the node tests (Debian package {(program == "nginx" ? "nginx" : "redis-server")}); ./test.sh installs it.");

    private static async Task MustAsync(string program, string[] arguments)
    {
        var (code, output) = await ServerProcess.RunAsync(program, arguments);
        Assert.True(code == 0, $"{program} {string.Join(' ', arguments)} failed ({code}):\n{output}");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        // nginx is asked to stop: killing its master would leave its worker behind, still listening.
        if (Nginx is not null)
        {
            await Nginx.StopAsync();
        }

        foreach (var server in new[] { Nginx, NodeA, NodeB, Redis })
        {
            server?.Dispose();
        }

        try
        {
            await ServerProcess.RunAsync(AsPostgres("pg_ctl"), [.. AsPostgresArguments("pg_ctl"), "-D", Path.Combine(folder, "pg", "data"), "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<NodeCluster>
{
    public const string Name = "cluster";
}
