using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace Dateline.Newsroom.Accounts;

/// <summary>A member's own security: change the password, turn two-factor sign-in on or off, end every other session.</summary>
[Authorize(Policy = NewsroomPolicies.Member)]
public sealed class AccountModel(UserManager<NewsroomUser> users, SignInManager<NewsroomUser> signIn) : PageModel, INewsroomPage
{
    public string Title => "Your account";

    public NewsroomUser Member { get; private set; } = null!;
    public bool TwoFactorOn { get; private set; }
    public string? AuthenticatorKey { get; private set; }
    public string? QrSvg { get; private set; }
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];
    public string? Notice { get; private set; }

    [BindProperty]
    [StringLength(1000)]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    [StringLength(1000)]
    public string? NewPassword { get; set; }

    [BindProperty]
    [StringLength(64)]
    public string? Code { get; set; }

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public async Task<IActionResult> OnGetAsync(string? notice)
    {
        Notice = notice;
        return await LoadAsync() ?? Page();
    }

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        var result = await users.ChangePasswordAsync(Member, CurrentPassword ?? "", NewPassword ?? "");
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "CurrentPassword" : "NewPassword",
                    error.Code == "PasswordMismatch" ? "Your current password is not right." : error.Code == "PasswordTooShort" ? "A password needs at least 12 characters." : error.Description);
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        // The new password changed the security stamp, which ends every other session; this one is renewed.
        await signIn.RefreshSignInAsync(Member);
        return Redirect("/admin/account?notice=" + Uri.EscapeDataString("Your password is changed; other sessions are signed out."));
    }

    public async Task<IActionResult> OnPostStartTwoFactorAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        // A new key changes the security stamp; this session is renewed so it is not signed out with the others.
        await users.ResetAuthenticatorKeyAsync(Member);
        await signIn.RefreshSignInAsync(Member);
        return Redirect("/admin/account");
    }

    public async Task<IActionResult> OnPostConfirmTwoFactorAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        var code = (Code ?? "").Replace(" ", "").Replace("-", "");
        if (!await users.VerifyTwoFactorTokenAsync(Member, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Code", "That code is not right; check the clock of your phone and try the newest code.");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(Member, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(Member, 10))?.ToList() ?? [];
        await signIn.RefreshSignInAsync(Member);
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostStopTwoFactorAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        await users.SetTwoFactorEnabledAsync(Member, false);
        await users.ResetAuthenticatorKeyAsync(Member);
        await signIn.RefreshSignInAsync(Member);
        return Redirect("/admin/account?notice=" + Uri.EscapeDataString("Two-factor sign-in is off."));
    }

    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        await users.UpdateSecurityStampAsync(Member);
        await signIn.RefreshSignInAsync(Member);
        return Redirect("/admin/account?notice=" + Uri.EscapeDataString("Every other session is signed out."));
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await users.GetUserAsync(User) is not { } member)
        {
            return Challenge();
        }

        Member = member;
        TwoFactorOn = await users.GetTwoFactorEnabledAsync(member);
        var key = await users.GetAuthenticatorKeyAsync(member);
        if (!TwoFactorOn && key is not null)
        {
            AuthenticatorKey = key;
            var uri = $"otpauth://totp/{Uri.EscapeDataString("Dateline:" + member.Email)}?secret={key}&issuer=Dateline&digits=6";
            using var qr = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
            QrSvg = new SvgQRCode(qr).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        }

        return null;
    }
}
