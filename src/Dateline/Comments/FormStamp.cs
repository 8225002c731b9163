using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace Dateline.Comments;

/// <summary>
/// The comment form's signed timestamp: when the page was made, protected so a script cannot forge it. A form sent
/// back faster than a person can write, or with a stamp that is missing, forged or a day old, is refused with a message
/// (the reader's text comes back with a fresh stamp, so they only need to send again).
/// </summary>
public sealed class FormStamp(IDataProtectionProvider protection, TimeProvider clock, IConfiguration configuration)
{
    private readonly IDataProtector protector = protection.CreateProtector("Dateline.Comments.FormStamp");

    public TimeSpan MinimumTime => TimeSpan.FromSeconds(configuration.GetValue("Dateline:Comments:MinimumSecondsToWrite", 3.0));

    public static readonly TimeSpan MaximumAge = TimeSpan.FromDays(1);

    public string Issue() => protector.Protect(clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture));

    /// <summary>Null when the stamp is good; otherwise what to tell the reader.</summary>
    public string? Problem(string? stamp)
    {
        long ticks;
        try
        {
            ticks = long.Parse(protector.Unprotect(stamp ?? ""), CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException)
        {
            return "This form has expired; please send your comment again.";
        }

        var age = clock.GetUtcNow().UtcDateTime - new DateTime(ticks, DateTimeKind.Utc);
        return age < MinimumTime ? "That was quicker than anyone can write; please wait a moment and send your comment again."
            : age > MaximumAge ? "This form has expired; please send your comment again."
            : null;
    }
}
