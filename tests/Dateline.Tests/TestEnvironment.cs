using Dateline.Data;

namespace Dateline.Tests;

/// <summary>
/// Which database the suite runs on. test.sh runs everything twice: DATELINE_TEST_PROVIDER=Sqlite, then Postgres
/// with DATELINE_TEST_POSTGRES pointing at a throwaway server. A missing server fails the run; nothing skips.
/// </summary>
public static class TestEnvironment
{
    public static DatabaseProvider Provider =>
        Enum.Parse<DatabaseProvider>(Environment.GetEnvironmentVariable("DATELINE_TEST_PROVIDER") ?? "Sqlite", ignoreCase: true);

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("DATELINE_TEST_POSTGRES") is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                "DATELINE_TEST_PROVIDER=Postgres needs DATELINE_TEST_POSTGRES (a server connection string); ./test.sh starts a server and sets it.");

    public static string RepositoryRoot { get; } = FindRoot();

    public static string ContentRoot => Path.Combine(RepositoryRoot, "src", "Dateline");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dateline.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Dateline.slnx not found above " + AppContext.BaseDirectory);
    }
}
