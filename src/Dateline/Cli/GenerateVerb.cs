using System.CommandLine;
using System.Diagnostics;
using Dateline.Data;
using Dateline.Demo;
using Spectre.Console;

namespace Dateline.Cli;

/// <summary>`Dateline generate --articles N`: adds N synthetic published articles, for load tests and benchmarks.</summary>
public static class GenerateVerb
{
    public static Command Create(string[] configuration)
    {
        var articles = new Option<int>("--articles")
        {
            Description = "How many synthetic articles to add.",
            DefaultValueFactory = _ => 1000,
        };
        articles.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 10_000_000)
            {
                result.AddError("--articles must be between 1 and 10,000,000.");
            }
        });
        var command = new Command("generate", "Add synthetic articles spread over sections, tags, authors and dates.") { articles };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(articles);
            using var host = await VerbHost.StartAsync(configuration, forceMigrate: false, cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var synthetic = new SyntheticArticles(
                scope.ServiceProvider.GetRequiredService<DatelineDb>(), scope.ServiceProvider.GetRequiredService<TimeProvider>());
            var watch = Stopwatch.StartNew();
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask("Generating articles", maxValue: count);
                    await synthetic.AddAsync(count, new Progress<int>(done => task.Value = done), cancellationToken);
                    task.Value = count;
                });
            var seconds = Math.Max(watch.Elapsed.TotalSeconds, 0.001);
            Console.WriteLine($"Added {count:N0} articles in {seconds:N1} s ({count / seconds:N0} articles/s).");
            return 0;
        });
        return command;
    }
}
