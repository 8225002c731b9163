using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Dateline.Newsroom;

/// <summary>
/// Mails a member a link to choose a password: for a reset they asked for, or for an invitation to the newsroom.
/// Written in the language of the request that sends it: the member's own for a reset, the inviting administrator's
/// for an invitation (the newsroom knows no other language for someone who has never visited).
/// </summary>
public sealed class PasswordLinks(UserManager<NewsroomUser> users, NewsroomMail mail, IStringLocalizer<NewsroomLabels> labels)
{
    public async Task SendResetAsync(NewsroomUser user, string siteRoot, CancellationToken cancellationToken) =>
        await mail.SendAsync(user.Email!, labels["Reset your newsroom password"],
            $"{labels["Someone (hopefully you) asked to reset the password of your newsroom account."]}\n\n{labels["Choose a new password here:"]}\n{await LinkAsync(user, siteRoot)}\n\n" +
            labels["If you did not ask for this, ignore this message; your password stays as it is."], cancellationToken);

    public async Task SendInvitationAsync(NewsroomUser user, string role, string invitedBy, string siteRoot, CancellationToken cancellationToken) =>
        await mail.SendAsync(user.Email!, labels["You are invited to the newsroom"],
            $"{labels["{0} has invited you to the newsroom as {1}.", invitedBy, labels[role].Value]}\n\n{labels["Choose your password here to start:"]}\n{await LinkAsync(user, siteRoot)}\n", cancellationToken);

    private async Task<string> LinkAsync(NewsroomUser user, string siteRoot)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return $"{siteRoot}/admin/reset-password{QueryString.Create(new Dictionary<string, string?> { ["email"] = user.Email, ["token"] = token })}";
    }
}
