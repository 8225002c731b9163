using System.CommandLine;

namespace Dateline.Cli;

/// <summary>
/// The command-line side of the one binary: `Dateline migrate`, `Dateline generate --articles N`, `Dateline reindex`.
/// Verbs read the same configuration as the server (appsettings, Dateline__ variables, --Dateline:… arguments).
/// </summary>
public static class Verbs
{
    public static bool Handles(string[] args) =>
        args.Length > 0 && Build([]).Any(verb => verb.Name.Equals(args[0], StringComparison.OrdinalIgnoreCase));

    public static async Task<int> RunAsync(string[] args)
    {
        var (verbArgs, configurationArgs) = VerbHost.SplitConfiguration(args);
        var root = new RootCommand("Dateline: a news publishing platform. Without a verb, Dateline serves the site.");
        foreach (var verb in Build(configurationArgs))
        {
            root.Subcommands.Add(verb);
        }

        // Misconfiguration reaches Program as a StartupProblem and is printed as one sentence, like the server's.
        return await root.Parse(verbArgs).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }

    private static Command[] Build(string[] configuration) => [
        MigrateVerb.Create(configuration), GenerateVerb.Create(configuration), UsersVerb.Create(configuration), ReindexVerb.Create(configuration),
        ImportVerb.Create(configuration),
    ];
}
