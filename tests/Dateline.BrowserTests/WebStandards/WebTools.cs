using System.Diagnostics;
using Dateline.Tests;

namespace Dateline.BrowserTests.WebStandards;

/// <summary>
/// The checkers the web uses, as installed by ./test.sh: npm packages pinned in tests/web-standards (vnu-jar,
/// lighthouse), the machine's Java, Node.js and Debian chromium. A missing one fails with how to get it.
/// </summary>
public static class WebTools
{
    public static string Folder => Path.Combine(TestEnvironment.RepositoryRoot, "tests", "web-standards");

    public static string VnuJar => Installed(Path.Combine(Folder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar"));

    public static string LighthouseCli => Installed(Path.Combine(Folder, "node_modules", "lighthouse", "cli", "index.js"));

    /// <summary>Where the checkers' reports go; CI keeps artifacts/.</summary>
    public static string ReportFolder => Directory.CreateDirectory(Path.Combine(TestEnvironment.RepositoryRoot, "artifacts", "web-standards")).FullName;

    private static string Installed(string path) => File.Exists(path)
        ? path
        : throw new InvalidOperationException($"{path} is missing: run ./test.sh, which runs 'npm ci' in tests/web-standards.");

    public sealed record Run(int ExitCode, string Output, string Errors);

    /// <summary>Runs a checker to the end; a hung one is killed at the timeout and fails the test.</summary>
    public static async Task<Run> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish in {timeout.TotalSeconds:0} s.");
        }

        return new Run(process.ExitCode, await output, await errors);
    }
}
