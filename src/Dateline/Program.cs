using Dateline.Cli;
using Dateline.Hosting;

try
{
    if (Verbs.Handles(args))
    {
        return await Verbs.RunAsync(args);
    }

    var app = await SiteHost.BuildAsync(args);
    await app.RunAsync();
    return 0;
}
catch (StartupProblem problem)
{
    Console.Error.WriteLine(problem.Message);
    return StartupProblem.ExitCode;
}
