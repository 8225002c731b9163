namespace Dateline.Hosting;

/// <summary>
/// A misconfiguration the operator must fix. Its message is one sentence saying what and how;
/// the host prints it alone, without a stack trace, and exits non-zero.
/// </summary>
public sealed class StartupProblem(string message, Exception? inner = null) : Exception(message, inner)
{
    public const int ExitCode = 2;
}
