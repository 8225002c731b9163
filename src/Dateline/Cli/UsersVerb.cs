using System.CommandLine;
using Dateline.Data;
using Dateline.Newsroom;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Cli;

/// <summary>
/// `Dateline users add --email E --role R --password-stdin` and `Dateline users list`: newsroom accounts from a shell,
/// for the first Administrator of a server nobody has opened in a browser yet, or for scripts.
/// </summary>
public static class UsersVerb
{
    public static Command Create(string[] configuration)
    {
        var users = new Command("users", "Add and list newsroom accounts.");
        users.Subcommands.Add(Add(configuration));
        users.Subcommands.Add(List(configuration));
        return users;
    }

    private static Command Add(string[] configuration)
    {
        var email = new Option<string>("--email") { Description = "The member's email address; they sign in with it.", Required = true };
        var role = new Option<string>("--role") { Description = $"One of {string.Join(", ", NewsroomRoles.All)}.", Required = true };
        var name = new Option<string?>("--name") { Description = "The name shown in the newsroom and on bylines; the email address if omitted." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input (never from an argument, which other users of the machine can see)." };
        role.Validators.Add(result =>
        {
            if (NewsroomRoles.Parse(result.GetValueOrDefault<string>()) is null)
            {
                result.AddError($"--role must be one of {string.Join(", ", NewsroomRoles.All)}.");
            }
        });
        var command = new Command("add", "Create a newsroom account.") { email, role, name, passwordStdin };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!parse.GetValue(passwordStdin))
            {
                Console.Error.WriteLine("Give the password on standard input with --password-stdin, e.g. `printf '%s' \"$PASSWORD\" | dateline users add ... --password-stdin`.");
                return 2;
            }

            var password = (await Console.In.ReadToEndAsync(cancellationToken)).TrimEnd('\r', '\n');
            using var host = await VerbHost.StartAsync(configuration, forceMigrate: false, cancellationToken, services => services.AddNewsroomAccounts());
            await using var scope = host.Services.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<NewsroomAccounts>();
            var address = parse.GetValue(email)!;
            var (user, problems) = await accounts.CreateAsync(address, parse.GetValue(name) ?? address, parse.GetValue(role)!, password, cancellationToken);
            if (user is null)
            {
                foreach (var problem in problems)
                {
                    Console.Error.WriteLine(problem.Message);
                }

                return 1;
            }

            Console.WriteLine($"Added {user.Email} as {NewsroomRoles.Parse(parse.GetValue(role))}.");
            return 0;
        });
        return command;
    }

    private static Command List(string[] configuration)
    {
        var command = new Command("list", "List newsroom accounts: email, role, name, two-factor, lock.");
        command.SetAction(async (_, cancellationToken) =>
        {
            using var host = await VerbHost.StartAsync(configuration, forceMigrate: false, cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DatelineDb>();
            var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToDictionaryAsync(x => x.UserId, x => x.Name ?? "", cancellationToken);
            var members = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
            if (members.Count == 0)
            {
                Console.WriteLine("No newsroom accounts yet. Add the first Administrator with `users add --email E --role Administrator --password-stdin`, or open /admin.");
                return 0;
            }

            var now = DateTimeOffset.UtcNow;
            foreach (var member in members)
            {
                var flags = string.Join(", ", new[] { member.TwoFactorEnabled ? "two-factor" : null, member.LockoutEnd > now ? "locked" : null }.OfType<string>());
                Console.WriteLine($"{member.Email}\t{roles.GetValueOrDefault(member.Id, "")}\t{member.DisplayName}{(flags.Length > 0 ? "\t" + flags : "")}");
            }

            return 0;
        });
        return command;
    }
}
