using System.CommandLine;
using System.Diagnostics;
using Dateline.Data;
using Dateline.Hosting;
using Dateline.WordPress;
using Spectre.Console;

namespace Dateline.Cli;

/// <summary>`Dateline import wordpress export.xml [--uploads folder] [--menu slug]`: moves a WordPress site in.</summary>
public static class ImportVerb
{
    public static Command Create(string[] configuration)
    {
        var import = new Command("import", "Import content from another system.");
        import.Subcommands.Add(WordPress(configuration));
        return import;
    }

    private static Command WordPress(string[] configuration)
    {
        var file = new Argument<FileInfo>("export") { Description = "The WordPress export (Tools → Export → All content), a WXR 1.0–1.2 file." };
        var uploads = new Option<DirectoryInfo?>("--uploads") { Description = "The site's wp-content/uploads folder; pictures found there are copied into the media library." };
        var menu = new Option<string?>("--menu") { Description = "Which WordPress menu (by slug) becomes the site menu; the one with the most entries if omitted." };
        var command = new Command("wordpress", "Import posts, pages, comments, media, categories, tags, authors and the menu; old links answer 301.")
        {
            file, uploads, menu,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var export = parse.GetValue(file)!;
            if (!export.Exists)
            {
                Console.Error.WriteLine($"{export.FullName} does not exist.");
                return 2;
            }

            var folder = parse.GetValue(uploads);
            if (folder is { Exists: false })
            {
                Console.Error.WriteLine($"The uploads folder {folder.FullName} does not exist.");
                return 2;
            }

            using var host = await VerbHost.StartAsync(configuration, forceMigrate: false, cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var importer = new WordPressImport(scope.ServiceProvider.GetRequiredService<DatelineDb>(), scope.ServiceProvider.GetRequiredService<TimeProvider>(),
                scope.ServiceProvider.GetRequiredService<DatelineOptions>().MediaDirectory);
            await using var stream = new FileStream(export.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var watch = Stopwatch.StartNew();
            ImportSummary summary = null!;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Importing {export.Name}", maxValue: Math.Max(1, stream.Length));
                    summary = await importer.RunAsync(stream, folder?.FullName, parse.GetValue(menu), new Progress<long>(at => task.Value = at), cancellationToken);
                    task.Value = task.MaxValue;
                });
            Report(summary, watch.Elapsed);
            return summary.TotalFailed == 0 ? 0 : 1;
        });
        return command;
    }

    private static void Report(ImportSummary summary, TimeSpan elapsed)
    {
        var table = new Table().AddColumns("", "created", "updated", "skipped", "failed");
        foreach (var (kind, created, updated, skipped, failed) in summary.Rows())
        {
            table.AddRow(kind.ToString(), created.ToString("N0"), updated.ToString("N0"), skipped.ToString("N0"), failed.ToString("N0"));
        }

        AnsiConsole.Write(table);
        foreach (var (reason, count) in summary.SkipReasons)
        {
            Console.WriteLine($"Skipped {count:N0}: {reason}");
        }

        foreach (var note in summary.Notes)
        {
            Console.WriteLine(note);
        }

        foreach (var failure in summary.Failures)
        {
            Console.Error.WriteLine($"Failed: {failure}");
        }

        if (summary.FatalError is { } fatal)
        {
            Console.Error.WriteLine($"Stopped reading: {fatal}. Items before it are imported whole; nothing of the item at fault is.");
        }

        var posts = summary.Imported(WordPressKind.Post) + summary.Imported(WordPressKind.Page);
        Console.WriteLine($"Done in {elapsed.TotalSeconds:N1} s ({posts / Math.Max(elapsed.TotalSeconds, 0.001):N0} posts and pages/s).");
    }
}
