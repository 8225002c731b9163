using Microsoft.AspNetCore.Identity;

namespace Dateline.Newsroom;

/// <summary>Mails a member a link to choose a password: for a reset they asked for, or for an invitation to the newsroom.</summary>
public sealed class PasswordLinks(UserManager<NewsroomUser> users, NewsroomMail mail)
{
    public async Task SendResetAsync(NewsroomUser user, string siteRoot, CancellationToken cancellationToken) =>
        await mail.SendAsync(user.Email!, "Reset your newsroom password",
            $"Someone (hopefully you) asked to reset the password of your newsroom account.\n\nChoose a new password here:\n{await LinkAsync(user, siteRoot)}\n\n" +
            "If you did not ask for this, ignore this message; your password stays as it is.", cancellationToken);

    public async Task SendInvitationAsync(NewsroomUser user, string role, string invitedBy, string siteRoot, CancellationToken cancellationToken) =>
        await mail.SendAsync(user.Email!, "You are invited to the newsroom",
            $"{invitedBy} has invited you to the newsroom as {role}.\n\nChoose your password here to start:\n{await LinkAsync(user, siteRoot)}\n", cancellationToken);

    private async Task<string> LinkAsync(NewsroomUser user, string siteRoot)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return $"{siteRoot}/admin/reset-password{QueryString.Create(new Dictionary<string, string?> { ["email"] = user.Email, ["token"] = token })}";
    }
}
