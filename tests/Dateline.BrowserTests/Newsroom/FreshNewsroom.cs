using Dateline.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Dateline.BrowserTests.Newsroom;

/// <summary>The demo site before anyone has signed in, on a clock the test moves: for the newsroom's whole flow.</summary>
public sealed class FreshNewsroom : AppFixture
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    /// <summary>The link in the newest mail to <paramref name="email"/> (an invitation or a reset), as the member would click it.</summary>
    public async Task<string> LinkMailedToAsync(string email)
    {
        var outbox = Path.Combine(Database.DataDirectory, "mail", "outbox");
        foreach (var file in Directory.GetFiles(outbox, "*.eml").OrderByDescending(f => f))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => m.Address == email))
            {
                return message.TextBody!.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("http", StringComparison.Ordinal));
            }
        }

        throw new InvalidOperationException("No mail to " + email);
    }
}
