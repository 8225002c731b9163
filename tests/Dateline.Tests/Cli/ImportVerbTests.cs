using Dateline.Cli;
using Dateline.Tests.WordPress;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Cli;

/// <summary>`import wordpress` as an operator runs it: exit code, summary, the site's own database.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ImportVerbTests : IAsyncLifetime
{
    private readonly WordPressSite site = new();

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();

    [Fact]
    public async Task Import_wordpress_brings_the_export_in_and_exits_zero()
    {
        var exit = await Verbs.RunAsync(["import", "wordpress", WordPressSite.ThemeUnitTest, .. site.Database.Arguments]);

        Assert.Equal(0, exit);
        Assert.Equal(58, await site.WithDbAsync(db => db.Articles.CountAsync()));
        Assert.Equal(21, await site.WithDbAsync(db => db.StaticPages.CountAsync()));
    }

    [Theory]
    [InlineData("billion-laughs.xml")]
    [InlineData("external-entity.xml")]
    [InlineData("truncated.xml")]
    [InlineData("unknown-version.xml")]
    public async Task Import_of_a_broken_file_says_where_and_exits_non_zero(string file)
    {
        // Only standard error is redirected: the progress display keeps the real standard output.
        var before = Console.Error;
        using var errors = new StringWriter();
        Console.SetError(errors);
        int exit;
        try
        {
            exit = await Verbs.RunAsync(["import", "wordpress", WordPressSite.Own(file), .. site.Database.Arguments]);
        }
        finally
        {
            Console.SetError(before);
        }

        Assert.Equal(1, exit);
        Assert.Matches(@"Stopped reading: .*\(line \d+, column \d+\)", errors.ToString());
    }

    [Fact]
    public async Task Import_of_a_missing_file_exits_non_zero()
    {
        Assert.NotEqual(0, await Verbs.RunAsync(["import", "wordpress", "/nonexistent/export.xml", .. site.Database.Arguments]));
    }
}
