using System.Diagnostics;
using System.Text;

namespace Dateline.NodeTests;

/// <summary>A program the cluster started (a node, Redis, nginx), its output kept for the tests to read and to show on failure.</summary>
public sealed class ServerProcess : IDisposable
{
    private readonly StringBuilder output = new();
    private readonly Process process;

    private ServerProcess(string name, Process process)
    {
        Name = name;
        this.process = process;
    }

    public string Name { get; }

    public bool HasExited => process.HasExited;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static ServerProcess Start(string name, string program, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var server = new ServerProcess(name, process);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Runs a command to its end and returns its exit code and output.</summary>
    public static async Task<(int Code, string Output)> RunAsync(string program, IEnumerable<string> arguments, IDictionary<string, string>? environment = null, string? input = null)
    {
        using var run = Start(program, program, arguments, environment);
        if (input is not null)
        {
            await run.process.StandardInput.WriteAsync(input);
        }

        run.process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await run.process.WaitForExitAsync(timeout.Token);
        return (run.process.ExitCode, run.Output);
    }

    /// <summary>SIGKILL: the process gets no chance to finish anything.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: false);
            process.WaitForExit(10_000);
        }
    }

    /// <summary>SIGTERM, then SIGKILL if it has not ended within ten seconds.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
        {
            return;
        }

        await RunAsync("kill", ["-TERM", process.Id.ToString()]);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }
}
