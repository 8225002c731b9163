using Dateline.Cli;
using Dateline.Tests.Newsroom;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Tests.Cli;

/// <summary>`users add` and `users list` on the site's own database, in process (standard input and output redirected).</summary>
[Collection(ConsoleCollection.Name)]
public sealed class UsersVerbTests : IAsyncLifetime
{
    private readonly AppFixture site = new();

    public Task InitializeAsync() => site.InitializeAsync();

    public Task DisposeAsync() => site.DisposeAsync();

    private async Task<(int Exit, string Output, string Errors)> RunAsync(string? stdin, params string[] args)
    {
        var (inBefore, outBefore, errBefore) = (Console.In, Console.Out, Console.Error);
        using var output = new StringWriter();
        using var errors = new StringWriter();
        Console.SetIn(new StringReader(stdin ?? ""));
        Console.SetOut(output);
        Console.SetError(errors);
        try
        {
            var exit = await Verbs.RunAsync([.. args, .. site.Database.Arguments]);
            return (exit, output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetIn(inBefore);
            Console.SetOut(outBefore);
            Console.SetError(errBefore);
        }
    }

    [Fact]
    public async Task Users_add_creates_a_member_who_can_sign_in_and_users_list_shows_them()
    {
        var (exit, output, _) = await RunAsync(NewsroomSite.Password + "\n", "users", "add", "--email", "desk@newsroom.test", "--role", "editor", "--name", "Desk Editor", "--password-stdin");
        Assert.Equal(0, exit);
        Assert.Contains("Added desk@newsroom.test as Editor", output);

        using var session = new NewsroomSession(site.BaseAddress);
        var (signedIn, _) = await session.SignInAsync("desk@newsroom.test", NewsroomSite.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var (listed, list, _) = await RunAsync(null, "users", "list");
        Assert.Equal(0, listed);
        Assert.Contains("desk@newsroom.test\tEditor\tDesk Editor", list);
    }

    [Theory]
    [InlineData("a long enough passphrase", "--role", "Publisher", "--role must be one of")]
    [InlineData("short", "--role", "Author", "at least 12 characters")]
    public async Task Users_add_refuses_bad_input_with_a_clear_message_and_adds_nobody(string password, string option, string role, string message)
    {
        var (exit, output, errors) = await RunAsync(password, "users", "add", "--email", "bad@newsroom.test", option, role, "--password-stdin");
        Assert.NotEqual(0, exit);
        Assert.Contains(message, output + errors);
        Assert.Equal(0, await site.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Users_add_will_not_take_a_password_as_an_argument_or_a_second_account_for_one_email()
    {
        var (exit, _, errors) = await RunAsync(null, "users", "add", "--email", "x@newsroom.test", "--role", "Author");
        Assert.Equal(2, exit);
        Assert.Contains("--password-stdin", errors);

        Assert.Equal(0, (await RunAsync(NewsroomSite.Password, "users", "add", "--email", "x@newsroom.test", "--role", "Author", "--password-stdin")).Exit);
        var (again, _, twice) = await RunAsync(NewsroomSite.Password, "users", "add", "--email", "x@newsroom.test", "--role", "Author", "--password-stdin");
        Assert.Equal(1, again);
        Assert.Contains("exists already", twice);
    }
}

/// <summary>Tests that redirect the process's console run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
