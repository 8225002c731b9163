using System.CommandLine;

namespace Dateline.Cli;

/// <summary>`Dateline migrate`: creates the database if missing and applies pending migrations, then exits.</summary>
public static class MigrateVerb
{
    public static Command Create(string[] configuration)
    {
        var command = new Command("migrate", "Create the database if it is missing and apply every pending migration.");
        command.SetAction(async (_, cancellationToken) =>
        {
            using var host = await VerbHost.StartAsync(configuration, forceMigrate: true, cancellationToken);
            Console.WriteLine("The database is up to date.");
            return 0;
        });
        return command;
    }
}
