using System.CommandLine;
using System.Diagnostics;
using Dateline.Data;
using Dateline.Hosting;
using Dateline.Related;
using Spectre.Console;

namespace Dateline.Cli;

/// <summary>
/// `Dateline reindex`: rebuilds the articles' plain text, the full-text index, the term index and every related list,
/// with a progress bar per phase. Ctrl+C stops after the batch in hand; running it again continues where it stopped.
/// </summary>
public static class ReindexVerb
{
    public const string ProgressFileName = "reindex.progress";

    public static Command Create(string[] configuration)
    {
        var command = new Command("reindex", "Rebuild search and related stories: article text, full-text index, terms and related lists.");
        command.SetAction(async (_, cancellationToken) =>
        {
            using var host = await VerbHost.StartAsync(configuration, forceMigrate: false, cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<DatelineDb>();
            var clock = services.GetRequiredService<TimeProvider>();
            var progressFile = Path.Combine(services.GetRequiredService<DatelineOptions>().DataDirectory, ProgressFileName);
            var reindexing = new Reindexing(db, new RelatedStories(db, clock), clock, progressFile);
            var watch = Stopwatch.StartNew();
            try
            {
                // A console of this run's own, on whatever Console.Out is now (a test redirects it), not the one cached at first use.
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
                var summary = await console.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async progress =>
                    {
                        var tasks = Enum.GetValues<Reindexing.Phase>().ToDictionary(p => p, p => progress.AddTask(Describe(p), autoStart: false));
                        return await reindexing.RunAsync(new Progress<Reindexing.Step>(step =>
                        {
                            var task = tasks[step.Phase];
                            task.MaxValue = Math.Max(step.Total, 1);
                            task.Value = step.Done;
                            task.StartTask();
                            foreach (var earlier in tasks.Where(t => t.Key < step.Phase))
                            {
                                earlier.Value.Value = earlier.Value.MaxValue;
                            }
                        }), cancellationToken);
                    });
                Console.WriteLine(
                    $"Reindexed in {watch.Elapsed.TotalSeconds:N1} s{(summary.Resumed ? " (continuing an interrupted run)" : "")}: " +
                    $"{summary.TextsUpdated:N0} article texts brought up to date, {summary.TermsUpdated:N0} articles' terms rewritten, " +
                    $"{summary.ListsComputed:N0} related lists computed.");
                return 0;
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine("Reindexing stopped; run `reindex` again to finish from where it stopped.");
                return 130;
            }
        });
        return command;
    }

    private static string Describe(Reindexing.Phase phase) => phase switch
    {
        Reindexing.Phase.BodyText => "Article text",
        Reindexing.Phase.SearchIndex => "Full-text index",
        Reindexing.Phase.Terms => "Terms",
        Reindexing.Phase.Frequencies => "Term counts",
        _ => "Related lists",
    };
}
