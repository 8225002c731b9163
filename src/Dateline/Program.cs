using Dateline.Cli;
using Microsoft.AspNetCore.Connections;
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
catch (IOException bind) when (bind.InnerException is AddressInUseException)
{
    Console.Error.WriteLine($"Dateline cannot listen: {bind.Message.TrimEnd('.')}; choose a free address with --urls.");
    return StartupProblem.ExitCode;
}
