using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Dateline.Tests.Hosting;

/// <summary>Starts the real binary with a bad configuration: one clear sentence on stderr, exit code 2, no stack trace.</summary>
public sealed class MisconfigurationTests
{
    [Fact]
    public async Task Unknown_provider_is_refused_with_one_sentence()
    {
        var (code, error) = await RunAsync("--Dateline:Database:Provider=Oracle");
        AssertOneSentence(code, error, "Unknown database provider 'Oracle'");
    }

    [Fact]
    public async Task Unreachable_postgres_is_refused_with_one_sentence()
    {
        var port = FreePort();
        var (code, error) = await RunAsync(
            "--Dateline:Database:Provider=Postgres", $"--ConnectionStrings:Dateline=Host=127.0.0.1;Port={port};Database=x;Username=x;Password=secret-pw;Timeout=5");
        AssertOneSentence(code, error, $"cannot use its Postgres database (host 127.0.0.1, port {port}, database x)");
        Assert.DoesNotContain("secret-pw", error);
    }

    [Fact]
    public async Task Unwritable_data_directory_is_refused_with_one_sentence()
    {
        // A path under a regular file cannot be created, even by root.
        var file = Path.GetTempFileName();
        try
        {
            var (code, error) = await RunAsync($"--Dateline:DataDirectory={file}/data");
            AssertOneSentence(code, error, "cannot write to its data directory");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_read_replica_without_postgres_is_refused_with_one_sentence()
    {
        var (code, error) = await RunAsync("--Dateline:Database:Provider=Sqlite", "--ConnectionStrings:DatelineReadOnly=Host=127.0.0.1;Database=x");
        AssertOneSentence(code, error, "ConnectionStrings:DatelineReadOnly names a PostgreSQL replica");
    }

    [Fact]
    public async Task A_flag_that_is_not_a_boolean_is_refused()
    {
        var (code, error) = await RunAsync("--Dateline:RequireHttps=maybe");
        AssertOneSentence(code, error, "Dateline:RequireHttps must be true or false");
    }

    [Theory]
    [InlineData("Sqlite", "Data Source")]
    [InlineData("Sqlite", "foo")]
    [InlineData("Postgres", "Host=127.0.0.1;Port=notaport;Password=secret-pw")]
    [InlineData("Postgres", "Host=127.0.0.1;NoSuchKeyword=1;Password=secret-pw")]
    public async Task An_unreadable_connection_string_is_refused_with_one_sentence(string provider, string connectionString)
    {
        var (code, error) = await RunAsync($"--Dateline:Database:Provider={provider}", $"--ConnectionStrings:Dateline={connectionString}");
        AssertOneSentence(code, error, $"ConnectionStrings:Dateline cannot be read as a {provider} connection string");
        Assert.DoesNotContain("secret-pw", error);
    }

    [Fact]
    public async Task A_trusted_proxy_that_is_not_an_address_is_refused()
    {
        var (code, error) = await RunAsync("--Dateline:TrustedProxies=10.0.0.0/8,proxy.example");
        AssertOneSentence(code, error, "Dateline:TrustedProxies has 'proxy.example'");
    }

    [Fact]
    public async Task A_port_already_in_use_is_refused_with_one_sentence()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var (code, error) = await RunAsync($"--urls=http://127.0.0.1:{port}");
        AssertOneSentence(code, error, $"Dateline cannot listen: Failed to bind to address http://127.0.0.1:{port}");
    }

    private static void AssertOneSentence(int code, string error, string expected)
    {
        Assert.Equal(2, code);
        Assert.Contains(expected, error);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", error);
    }

    private static async Task<(int Code, string Error)> RunAsync(params string[] args)
    {
        var data = Directory.CreateTempSubdirectory("dateline-misconfig-").FullName;
        var dll = Path.Combine(AppContext.BaseDirectory, "Dateline.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = TestEnvironment.ContentRoot,
        };
        foreach (var arg in new[] { dll, "--urls=http://127.0.0.1:0", "--environment=Production", $"--Dateline:DataDirectory={data}" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Dateline kept running with a bad configuration: " + await stdout);
        }

        Directory.Delete(data, recursive: true);
        return (process.ExitCode, (await stderr).Trim());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
