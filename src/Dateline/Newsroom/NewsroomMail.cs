using Dateline.Hosting;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Dateline.Newsroom;

/// <summary>
/// Mail to newsroom members (invitations, password resets). Sent through Dateline:Smtp:Host when it is set;
/// otherwise written as .eml files to {DataDirectory}/mail/outbox, so a site without a mail server still
/// works and an operator can open the message by hand.
/// </summary>
public sealed class NewsroomMail(DatelineOptions options, IConfiguration configuration, ILogger<NewsroomMail> logger)
{
    public string OutboxDirectory => Path.Combine(options.DataDirectory, "mail", "outbox");

    public async Task SendAsync(string to, string subject, string text, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(configuration["Dateline:Smtp:From"] ?? "newsroom@localhost"));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = text };

        var host = configuration["Dateline:Smtp:Host"];
        if (string.IsNullOrWhiteSpace(host))
        {
            Directory.CreateDirectory(OutboxDirectory);
            var file = Path.Combine(OutboxDirectory, $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml");
            await message.WriteToAsync(file, cancellationToken);
            logger.LogInformation("No mail server is configured (Dateline:Smtp:Host); the message \"{Subject}\" was written to {File}", subject, file);
            return;
        }

        using var smtp = new SmtpClient();
        var port = int.TryParse(configuration["Dateline:Smtp:Port"], out var p) ? p : 587;
        await smtp.ConnectAsync(host, port, SecureSocketOptions.Auto, cancellationToken);
        if (configuration["Dateline:Smtp:UserName"] is { Length: > 0 } user)
        {
            await smtp.AuthenticateAsync(user, configuration["Dateline:Smtp:Password"] ?? "", cancellationToken);
        }

        await smtp.SendAsync(message, cancellationToken);
        await smtp.DisconnectAsync(quit: true, cancellationToken);
    }
}
